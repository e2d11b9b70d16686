package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import dev.descent.session.LessonVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A homework sheet is wrapped by descent's one wrapper, as the screen is: formulas stay whole on a line. */
class SheetTest {

  static Stream<Path> sets() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("exercises"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  private static List<String> sheet(Path file, String student) {
    LessonFile set = LessonLoader.load(file, file.toString()).lesson().orElseThrow();
    return Sheet.lines(new LessonVariant(set, student), StudentId.of(student));
  }

  @ParameterizedTest
  @MethodSource("sets")
  void noLineBreaksNextToAnEqualsSignOrAnArrow(Path file) {
    for (String student : new String[] {"alice", "bob", "carol"}) {
      for (String line : sheet(file, student)) {
        String text = line.strip();
        assertThat(text).as("%s for %s", file, student).doesNotStartWith("= ").doesNotStartWith("← ")
            .doesNotEndWith(" =").doesNotEndWith(" ←");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("sets")
  void noLineIsWiderThanTheSheetUnlessItIsPreformatted(Path file) {
    for (String line : sheet(file, "alice")) {
      if (!line.startsWith("  ")) {
        assertThat(line.length()).as(line).isLessThanOrEqualTo(Sheet.WIDTH);
      }
    }
  }
}
