package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for what {@code descent validate} tells a lesson author: each broken lesson file in
 * {@value #FOLDER} is validated by the real command, and its output (every {@code file:line:column:
 * message} and the closing count) must equal the {@code .expected} file beside it, to the letter.
 *
 * <p>When a message is changed on purpose, {@code mvn -B test -Dtest=ValidateGoldenTest
 * -Ddescent.golden.update=true} writes the {@code .expected} files anew (never where the variable
 * {@code CI} is set); the change then shows in {@code git diff} for a reviewer to read line by line.
 */
class ValidateGoldenTest {
  static final String FOLDER = "src/test/resources/validate-golden";
  private static final String UPDATE = "descent.golden.update";

  static Stream<String> files() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(FOLDER))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void validateSaysExactlyWhatTheGoldenFileHolds(String name) throws IOException {
    Path lesson = Path.of(FOLDER, name);
    Path golden = Path.of(FOLDER, name.substring(0, name.length() - ".json".length()) + ".expected");
    Cli r = Cli.run("validate", lesson.toString());
    // The file is named as the author named it; here, without the folder, so the goldens can move.
    String said = r.out().replace(FOLDER + "/", "");
    if (Boolean.getBoolean(UPDATE)) {
      assertThat(System.getenv("CI")).as("golden files are never rewritten in CI").isNull();
      Files.writeString(golden, said, StandardCharsets.UTF_8);
      Assumptions.abort("wrote " + golden + "; read the change in git diff before committing it");
    }
    assertThat(golden).as("the golden file of " + name + " (write it with -D" + UPDATE + "=true)").exists();
    assertThat(r.exit()).as("a broken file fails validation").isEqualTo(Main.FAILED);
    assertThat(said).as("validate " + name).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void everyGoldenFileHasItsLessonFile() throws IOException {
    List<String> orphans = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of(FOLDER))) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".expected") && !Files.exists(p.resolveSibling(n.replace(".expected", ".json")))) {
          orphans.add(n);
        }
      }
    }
    assertThat(orphans).as("golden files whose lesson file is gone").isEmpty();
  }
}
