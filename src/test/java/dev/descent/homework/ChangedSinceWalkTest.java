package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * A file of a class folder that the walk found regular and that is something else by the time it is read
 * (a class of ten thousand is read seconds after it was listed): it is refused as the walk refuses what it
 * finds so, never waited on and never followed.
 */
class ChangedSinceWalkTest {
  private static final String ANSWERS = "set: sgd-homework\nstudent: alice\np1.pred = 0\n";

  @TempDir Path dir;

  @Test
  void aFileThatIsNowAFifoIsRefusedAtOnceNotWaitedOnForEver() throws Exception {
    Path fifo = dir.resolve("alice.txt");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    try {
      assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
          assertThatThrownBy(() -> AnswerText.readFound(fifo)).isInstanceOf(UnreadableFile.class)
              .hasMessageContaining("FIFO"));
    } catch (AssertionFailedError e) {
      new FileOutputStream(fifo.toFile()).close(); // frees the thread still opening it
      throw e;
    }
  }

  @Test
  void aFileThatIsNowALinkIsNotFollowed() throws IOException {
    Path elsewhere = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("a.txt"), ANSWERS);
    Path link = Files.createSymbolicLink(dir.resolve("alice.txt"), elsewhere);

    assertThatThrownBy(() -> AnswerText.readFound(link)).isInstanceOf(UnreadableFile.class)
        .hasMessageContaining("symbolic link");
  }

  @Test
  void aFileThatIsNowAFolderOrGoneSaysSo() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("alice.txt"));

    assertThatThrownBy(() -> AnswerText.readFound(folder)).hasMessageContaining("is a folder");
    assertThatThrownBy(() -> AnswerText.readFound(dir.resolve("bob.txt"))).hasMessageContaining("no such file");
  }

  @Test
  void aRegularFileIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("alice.txt"), ANSWERS);

    assertThat(AnswerText.readFound(file).lines())
        .containsExactly("set: sgd-homework", "student: alice", "p1.pred = 0");
  }
}
