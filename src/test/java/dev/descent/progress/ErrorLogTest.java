package dev.descent.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorLogTest {
  @TempDir
  Path data;

  @Test
  void anEntryGoesToTheLogInTheDataDirectoryCreatedIfNeeded() {
    Path dir = data.resolve("a/b");
    assertThat(ErrorLog.write(dir, new IllegalStateException("boom"), "answering q1")).isEqualTo(
        dir.resolve("descent-errors.log"));
  }

  @Test
  void anEntrySaysWhatDescentWasDoingAndHoldsTheStackTrace() throws IOException {
    Path log = ErrorLog.write(data, new IllegalStateException("boom"), "answering q1 of gd-basics");
    assertThat(Files.readString(log)).contains("answering q1 of gd-basics", "java.lang.IllegalStateException: boom",
        "at dev.descent.progress.ErrorLogTest");
  }

  @Test
  void entriesAreAppended() throws IOException {
    ErrorLog.write(data, new IllegalStateException("first"), "one");
    Path log = ErrorLog.write(data, new IllegalArgumentException("second"), "two");
    assertThat(Files.readString(log)).contains("IllegalStateException: first", "IllegalArgumentException: second");
  }

  @Test
  void aLogThatCannotBeWrittenGivesNullRatherThanAnotherError() throws IOException {
    Path notADirectory = Files.writeString(data.resolve("file"), "x");
    assertThat(ErrorLog.write(notADirectory, new IllegalStateException("boom"), "saving")).isNull();
  }

  @Test
  void aLinkWhereTheLogGoesIsNeverWrittenThrough() throws IOException {
    Path outside = Files.writeString(Files.createDirectories(data.resolve("outside")).resolve("passwd"), "root:x:0:0\n");
    Path dir = Files.createDirectories(data.resolve("data"));
    Files.createSymbolicLink(dir.resolve("descent-errors.log"), outside);
    assertThat(ErrorLog.write(dir, new IllegalStateException("boom"), "saving")).isNull();
    assertThat(outside).hasContent("root:x:0:0");
  }

  @Test
  void whatTheLogHoldsIsSafeToReadInATerminal() throws IOException {
    Path log = ErrorLog.write(data, new IllegalStateException("\u001b]52;c;aGFja2Vk\u0007 \u202e"), "\u001b[2J");
    assertThat(Files.readString(log)).doesNotContain("\u001b", "\u0007", "\u202e").contains("^[]52;c;aGFja2Vk^G");
  }

  @Test
  void aLongLogIsRenamedSoItDoesNotGrowForever() throws IOException {
    Files.write(data.resolve("descent-errors.log"), new byte[(int) ErrorLog.MAX_BYTES + 1]);
    Path log = ErrorLog.write(data, new IllegalStateException("fresh"), "later");
    assertThat(Files.size(log)).isLessThan(ErrorLog.MAX_BYTES);
    assertThat(data.resolve("descent-errors.log.old")).hasSize(ErrorLog.MAX_BYTES + 1);
  }
}
