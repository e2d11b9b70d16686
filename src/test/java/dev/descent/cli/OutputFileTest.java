package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which targets a command may write a file to. Devices are only looked at here ({@link OutputFile#refusal}
 * reads attributes and opens nothing); what writing does to FIFOs, folders and links is in SpecialFilesIT.
 */
class OutputFileTest {
  @TempDir Path dir;

  @Test
  void aCharacterDeviceIsRefused() {
    assertThat(OutputFile.refusal(Path.of("/dev/null"))).contains("not a regular file");
    assertThat(OutputFile.refusal(Path.of("/dev/full"))).contains("not a regular file");
  }

  @Test
  void aRegularFileOrANewNameIsAccepted() throws IOException {
    assertThat(OutputFile.refusal(Files.writeString(dir.resolve("grades.csv"), "x"))).isNull();
    assertThat(OutputFile.refusal(dir.resolve("new.csv"))).isNull();
  }

  @Test
  void aFolderIsRefused() {
    assertThat(OutputFile.refusal(dir)).contains("folder");
  }
}
