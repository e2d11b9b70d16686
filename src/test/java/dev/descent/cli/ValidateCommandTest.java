package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @Test
  void theShippedCoursePasses() {
    // Strict: a warning (a usual mistake or another question's answer that gives the key in some draw) fails too.
    Cli r = Cli.run("validate", "--strict", "lessons", "exercises");
    assertThat(r.exit()).as(r.out()).isEqualTo(0);
    assertThat(r.out()).as(r.out()).startsWith("ok: ").doesNotContain("warning");
  }

  @Test
  void aBrokenCopyIsReportedWithFileLineAndColumn(@TempDir Path dir) throws IOException {
    String text = Files.readString(Path.of("lessons/01-update-rule.json"));
    // Three breakages: a misspelt field, an expression that does not parse, an unknown computation.
    String broken = text.replaceFirst("\"hints\"", "\"hint\"")
        .replaceFirst("\"compute\": \"trajectory\"", "\"compute\": \"trajectry\"");
    Path file = dir.resolve("01-broken.json");
    Files.writeString(file, broken);
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: unknown field \"hint\"")
        .contains("did you mean \"hints\"")
        .containsPattern(":\\d+:\\d+: unknown computation \"trajectry\"; did you mean \"trajectory\"");
    // The line named is the line of the misspelt field.
    String line = r.out().lines().filter(l -> l.contains("unknown field \"hint\"")).findFirst().orElseThrow();
    int lineNumber = Integer.parseInt(line.substring(file.toString().length() + 1).split(":")[0]);
    assertThat(broken.lines().skip(lineNumber - 1).findFirst().orElseThrow()).contains("\"hint\"");
  }

  @Test
  void aQuestionThatCannotBeComputedIsFoundBySelfTest(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("div.json");
    Files.writeString(file, """
        {"format": 1, "kind": "lesson", "id": "div", "title": "D", "pages": [
          {"type": "problem", "id": "p", "variables": {"eta": {"choose": [0.1, 2]}},
           "questions": [{"id": "q", "kind": "number", "prompt": "?",
             "answer": {"compute": "trajectory", "f": "(w-3)^2", "start": {"w": 0}, "eta": "eta", "step": 40, "take": "w"}}]}]}
        """);
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    // |w_k - 3| = 3^(k+1) at eta = 2: past 1e12 at step 25, before the step asked for.
    assertThat(r.out()).contains(file + ":3:").contains("eta = 2").contains("diverged at step 25");
  }

  @Test
  void syntaxErrorsPointAtTheirPlace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\n  \"format\": 1,\n  \"kind\": \"lesson\",,\n}\n");
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":3:");
  }

  @Test
  void aMissingPathIsReported() {
    Cli r = Cli.run("validate", "no/such/folder");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("no/such/folder:1:1: no such file or folder");
  }

  @Test
  void keyPrintsTheNotesNumbers() {
    Cli r = Cli.run("key", "lessons/03-sgd-step.json");
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("0.2").contains("0.25");
  }

  @Test
  void keyGivesTheReasonOfEveryOption() {
    // Lesson 1 asks what ten steps at η = 2 do on (w − 3)²: the factor is 1 − 2·2 = −3.
    Cli r = Cli.run("key", "lessons/01-update-rule.json");
    assertThat(r.out()).contains("predict-two.guess = d) diverge: w runs away, farther from 3 at every step: "
        + "1 − 2η = −3: below −1, so w hops across 3 and lands farther away at every step.")
        .contains("      not a) converge: w closes in on 3 from one side: ");
  }

  @Test
  void keyForAStudentIsStable() {
    Cli a = Cli.run("key", "exercises/03-sgd-homework.json", "--student", "alice");
    Cli b = Cli.run("key", "exercises/03-sgd-homework.json", "--student", "alice");
    Cli c = Cli.run("key", "exercises/03-sgd-homework.json", "--student", "bob");
    assertThat(a.out()).isEqualTo(b.out()).isNotEqualTo(c.out());
  }
}
