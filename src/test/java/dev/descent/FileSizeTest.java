package dev.descent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Java file of descent, main and test, is short enough to read in one sitting: under {@value #LIMIT} lines. */
class FileSizeTest {
  static final int LIMIT = 400;

  /**
   * Files allowed to be longer for now (their path under {@code src/}, such as
   * {@code main/java/dev/descent/cli/Main.java}), each with the reason; a file listed here that has come
   * under the limit fails the test, so that its line is deleted with the change that shortened it.
   */
  static final Map<String, String> LONGER_FOR_NOW = Map.of();

  @Test
  void everyJavaFileIsUnderTheLimit() throws IOException {
    Map<String, Long> tooLong = new TreeMap<>();
    Map<String, Long> listedButShort = new TreeMap<>();
    Path root = Path.of("src");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = root.relativize(f).toString().replace('\\', '/');
        long lines;
        try (Stream<String> s = Files.lines(f)) {
          lines = s.count();
        }
        if (lines >= LIMIT && !LONGER_FOR_NOW.containsKey(name)) {
          tooLong.put(name, lines);
        } else if (lines < LIMIT && LONGER_FOR_NOW.containsKey(name)) {
          listedButShort.put(name, lines);
        }
      }
    }
    assertThat(tooLong).as("Java files of " + LIMIT + " lines or more: split them where two things live together")
        .isEmpty();
    assertThat(listedButShort).as("files excused from the limit that are now under it: delete them from "
        + "LONGER_FOR_NOW").isEmpty();
  }

  @Test
  void everyExcusedFileExists() {
    for (String name : LONGER_FOR_NOW.keySet()) {
      assertThat(Path.of("src", name)).as(name + " is excused from the limit; it is gone, so delete "
          + "the excuse").exists();
    }
  }
}
