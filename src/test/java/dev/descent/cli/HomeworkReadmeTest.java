package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete answer file of exercises/README.md is what it claims: every answer right for its student. */
class HomeworkReadmeTest {
  @TempDir Path dir;

  /** The fenced block after the README's "example answer file" marker. */
  private static String example() throws IOException {
    String readme = Files.readString(Path.of("exercises/README.md"), StandardCharsets.UTF_8);
    int marker = readme.indexOf("<!-- example answer file");
    int start = readme.indexOf("```text\n", marker) + "```text\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theReadmesExampleAnswerFileIsAllRight() throws IOException {
    Path file = dir.resolve("alice-eight-steps-homework.txt");
    Files.writeString(file, example(), StandardCharsets.UTF_8);

    Cli r = Cli.run("check", file.toString());

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("student alice (Alice Liddell)", "Total: 22 of 22 points. 13 right.");
  }
}
