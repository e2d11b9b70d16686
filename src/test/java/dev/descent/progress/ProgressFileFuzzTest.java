package dev.descent.progress;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the progress reader: the input's bytes are a learner's progress file, and {@link
 * ProgressStore#load} must never throw. A file it keeps must save and load back to the same progress; a file
 * it refuses must be set aside whole, with a warning.
 */
class ProgressFileFuzzTest {
  private static final String LEARNER = "fuzz";
  private static Path data;

  @FuzzTest
  @Timeout(10)
  void loadAnyFile(byte[] input) throws IOException {
    ProgressStore store = ProgressStore.open(freshDataDir());
    Path file = store.fileOf(LEARNER);
    Files.createDirectories(file.getParent());
    Files.write(file, input);
    LoadResult loaded = store.load(LEARNER);
    if (!Files.exists(file)) {
      if (loaded.warnings().isEmpty() || !setAsideHolds(file, input)) {
        throw new AssertionError("a refused file was not set aside whole, with a warning: " + loaded.warnings());
      }
      return;
    }
    byte[] written = ProgressJson.write(loaded.progress());
    store.save(loaded.progress());
    LoadResult again = store.load(LEARNER);
    if (!again.warnings().isEmpty() || !Arrays.equals(written, ProgressJson.write(again.progress()))) {
      throw new AssertionError("an accepted file did not survive a save: " + again.warnings());
    }
  }

  private static boolean setAsideHolds(Path file, byte[] input) throws IOException {
    try (Stream<Path> files = Files.list(file.getParent())) {
      return files.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + ".corrupt-"))
          .anyMatch(p -> {
            try {
              return Arrays.equals(Files.readAllBytes(p), input);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private static Path freshDataDir() throws IOException {
    if (data == null) {
      data = Files.createTempDirectory("descent-progress-fuzz");
    } else {
      deleteContents(data);
    }
    return data;
  }

  @AfterAll
  static void removeDataDir() throws IOException {
    if (data != null) {
      deleteContents(data);
      Files.delete(data);
    }
  }

  private static void deleteContents(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
        Files.delete(p);
      }
    }
  }
}
