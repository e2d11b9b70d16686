package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of issue 14 that passed {@code validate} and gave wrong keys or crashed: each is now reported at
 * the line and column of what is wrong, and {@code key} and {@code check} refuse it the same way.
 */
class ValidateCatchesTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static String behaviour(String minimum) {
    return """
        {"format": 1, "kind": "exercises", "id": "bmin", "title": "B", "pages": [
          {"type": "problem", "id": "p", "questions": [
            {"id": "q", "kind": "choice", "prompt": "?",
             "choices": [{"id": "converges", "text": "c"}, {"id": "oscillating", "text": "o"}, {"id": "diverges", "text": "d"}],
             "answer": {"compute": "behaviour", "f": "x^2 + y^2 + z^2", "start": {"x": 1, "y": 1, "z": 1},
               "eta": 0.1, "steps": 20,
               "minimum": %s}}]}]}
        """.formatted(minimum);
  }

  @Test
  void aMinimumWithTooFewCoordinatesIsReportedWhereItIsWrittenNotAsAnInternalError() throws IOException {
    Path file = write("few.json", behaviour("{\"x\": 0, \"y\": 0}"));
    for (String command : new String[] {"validate", "key"}) {
      Cli r = Cli.run(command, file.toString());
      assertThat(r.exit()).as(r.out() + r.err()).isNotZero();
      assertThat(r.out() + r.err()).doesNotContain("internal error").doesNotContain("Exception")
          .contains(file + ":7:19: \"minimum\" lacks z");
    }
  }

  @Test
  void aMisspeltCoordinateGetsDidYouMeanAtItsName() throws IOException {
    Path file = write("typo.json", behaviour("{\"x\": 0, \"y\": 0, \"q\": 0}"));
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":7:36: \"minimum\" names q, which is not a coordinate of the run (x, y, z)")
        .contains("did you mean z?");
  }

  @Test
  void aMinimumInAnotherOrderIsTakenByName() throws IOException {
    Path file = write("order.json", behaviour("{\"z\": 3, \"x\": 1, \"y\": 2}")
        .replace("x^2 + y^2 + z^2", "(x-1)^2 + (y-2)^2 + (z-3)^2").replace("\"x\": 1, \"y\": 1, \"z\": 1", "\"x\": 0, \"y\": 0, \"z\": 0"));
    Cli r = Cli.run("key", file.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    // Plain GD at eta = 0.1 multiplies each distance to (1, 2, 3) by 0.8: it converges without crossing.
    // The key names the right option by its letter and text (a, "c" for converges) with the engine's reason.
    assertThat(r.out()).contains("p.q = a) c: the distance to the minimum falls").contains("without crossing it");
  }

  @Test
  void theTargetOfStepsUntilIsCheckedTheSameWay() throws IOException {
    Path file = write("to.json", """
        {"format": 1, "kind": "exercises", "id": "until", "title": "U", "pages": [
          {"type": "problem", "id": "p", "questions": [
            {"id": "q", "kind": "number", "prompt": "?",
             "answer": {"compute": "steps_until", "f": "x^2 + y^2", "start": {"x": 1, "y": 1}, "eta": 0.1,
               "until": {"distance_below": 0.01, "to": {"x": 0, "yy": 0}}}}]}]}
        """);
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":5:57: \"to\" names yy, which is not a coordinate of the run (x, y)")
        .contains("did you mean y?");
  }

  private static final String TWO_PROBLEMS = """
      {"format": 1, "kind": "exercises", "id": "two", "title": "T", %s"pages": [
        {"type": "problem", "id": "p1", %s"text": ["f(w) = a w^2 with a = {a}."],
         "questions": [{"id": "q", "kind": "number", "prompt": "f'(1)?", "answer": {"compute": "formula", "expr": "2*a"}}]},
        {"type": "problem", "id": "p3", %s"text": ["The same f."],
         "questions": [{"id": "q", "kind": "number", "prompt": "f(1)?", "answer": {"compute": "formula", "expr": "a"}}]}]}
      """;

  @Test
  void twoProblemsThatDrawTheSameNameWithoutShowingItAreWarnedAtTheSecond() throws IOException {
    String a = "\"variables\": {\"a\": {\"from\": 1, \"to\": 99, \"step\": 1}}, ";
    Path file = write("apart.json", TWO_PROBLEMS.formatted("", a, a));
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains(file + ":4:49: warning: p3 draws its own a and never shows it, while p1 (line 2) "
        + "draws one too").contains("; 1 warning");
    assertThat(Cli.run("validate", "--strict", file.toString()).exit()).isEqualTo(1);
  }

  @Test
  void fileLevelVariablesAreSharedByEveryProblem() throws IOException {
    String a = "\"variables\": {\"a\": {\"from\": 1, \"to\": 99, \"step\": 1}}, ";
    Path file = write("shared.json", TWO_PROBLEMS.formatted(a, "", ""));
    assertThat(Cli.run("validate", file.toString()).out()).startsWith("ok: ").doesNotContain("warning");
    for (String student : new String[] {"alice", "bob", "carol", "dave", "erin", "frank"}) {
      Cli r = Cli.run("key", file.toString(), "--student", student);
      assertThat(r.exit()).as(r.err()).isZero();
      double first = Double.parseDouble(r.out().replaceAll("(?s).*p1\\.q = (\\S+).*", "$1"));
      double third = Double.parseDouble(r.out().replaceAll("(?s).*p3\\.q = (\\S+).*", "$1"));
      // p1 asks for 2a, p3 for a: one a for the whole file.
      assertThat(first).as(r.out()).isEqualTo(2 * third);
    }
  }

  @Test
  void aProblemMayNotDeclareAFileVariableAgain() throws IOException {
    String a = "\"variables\": {\"a\": {\"from\": 1, \"to\": 99, \"step\": 1}}, ";
    Path file = write("again.json", TWO_PROBLEMS.formatted(a, "", "\"variables\": {\"a\": 2}, "));
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":4:49: a is already one of the file's variables");
  }
}
