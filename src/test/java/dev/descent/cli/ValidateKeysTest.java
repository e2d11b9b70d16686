package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 items 9 to 11: keys that teach the wrong thing are warned about at the question's line and column,
 * and a problem found in many variants is printed once with in how many.
 */
class ValidateKeysTest {
  @TempDir Path dir;

  private Cli validate(String name, String problem) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "{\"format\": 1, \"kind\": \"exercises\", \"id\": \"k\", \"title\": \"K\", \"pages\": [\n"
        + problem + "]}\n");
    return Cli.run("validate", file.toString());
  }

  private String at(String name, int line, int column) {
    return dir.resolve(name) + ":" + line + ":" + column + ": warning: ";
  }

  @Test
  void aKeyThatIsAnEpsilonArtefactIsWarned() throws IOException {
    // AdaGrad on w^2/100 from w0 = 1 at eta = 1: g = 0.02, w1 = 1 - 0.02/(0.02 + eps), 1e-8/(0.02 + 1e-8) = 4.9999975e-7 with eps = 1e-8 (beyond
    // the floor of 1e-8 of the tolerance), exactly 0 by hand.
    Cli r = validate("eps.json", """
          {"type": "problem", "id": "p", "questions": [
            {"id": "w1", "kind": "number", "prompt": "w1?", "answer": {"compute": "trajectory", "f": "w^2/100",
              "start": {"w": 1}, "eta": 1, "optimizer": "adagrad", "step": 1, "take": "w"}}]}
        """);
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains(at("eps.json", 3, 5) + "question p.w1 with its numbers: the key 4.9999975e-07 depends on ε: "
        + "with ε = 0 it is 0, beyond the tolerance");
  }

  @Test
  void twoQuestionsWithTheSameAnswerInSomeDrawsAreWarnedWithHowMany() throws IOException {
    Cli r = validate("same.json", """
          {"type": "problem", "id": "p", "variables": {"x": {"choose": [1, 2, 3]}}, "text": ["x = {x}"], "questions": [
            {"id": "double", "kind": "number", "prompt": "2x?", "answer": {"compute": "formula", "expr": "2*x"}},
            {"id": "plus", "kind": "number", "prompt": "x + 2?", "answer": {"compute": "formula", "expr": "x + 2"}}]}
        """);
    assertThat(r.out()).contains(at("same.json", 4, 5) + "question p.plus with x = 2: its answer 4 is also the "
        + "answer of p.double").contains("(in 1 of 3 variants)");
  }

  @Test
  void aUsualMistakeThatGivesTheRightAnswerInSomeDrawsIsWarned() throws IOException {
    // The gradient (w x - y) x equals the error w x - y when x = 1: forgetting the factor x goes unnoticed there.
    Cli r = validate("mistake.json", """
          {"type": "problem", "id": "p", "variables": {"x": {"choose": [1, 2]}}, "text": ["x = {x}"],
           "with": {"model": "linear", "w": 0.5, "x": "x", "y": 3, "eta": 0.1}, "questions": [
            {"id": "grad", "kind": "number", "prompt": "gradient?", "answer": {"compute": "sgd", "take": "gradient"}}]}
        """);
    assertThat(r.out()).contains(at("mistake.json", 4, 5) + "question p.grad with x = 1: the usual mistake "
        + "\"forgot-chain-rule-x\" gives -2.5, within the tolerance of the right answer -2.5")
        .contains("(in 1 of 2 variants)");
  }

  @Test
  void aMistakeThatGivesTheRightAnswerInEveryDrawIsHowTheProblemIsMadeAndNotWarned() throws IOException {
    Cli r = validate("always.json", """
          {"type": "problem", "id": "p", "variables": {"y": {"choose": [3, 4]}}, "text": ["y = {y}"],
           "with": {"model": "linear", "w": 0.5, "x": 1, "y": "y", "eta": 0.1}, "questions": [
            {"id": "grad", "kind": "number", "prompt": "gradient?", "answer": {"compute": "sgd", "take": "gradient"}}]}
        """);
    assertThat(r.out()).doesNotContain("warning");
  }

  /** Momentum on w^2 from 3 at eta = 0.3, beta = 0.5 (3, 1.2, then -0.42), judged over {@code steps} steps. */
  private static String momentumBehaviour(int steps) {
    return """
          {"type": "problem", "id": "p", "questions": [
            {"id": "q", "kind": "choice", "prompt": "?",
             "choices": [{"id": "converges", "text": "c"}, {"id": "oscillating", "text": "o"},
               {"id": "oscillates", "text": "x"}, {"id": "diverges", "text": "d"}],
             "answer": {"compute": "behaviour", "f": "w^2", "start": {"w": 3}, "eta": 0.3, "optimizer": "momentum",
               "beta": 0.5, "steps": %d}}]}
        """.formatted(steps);
  }

  @Test
  void aBehaviourTheStepsDoNotSettleIsWarned() throws IOException {
    // One step shows no crossing yet; the second crosses the minimum.
    Cli r = validate("edge.json", momentumBehaviour(1));
    assertThat(r.out()).contains(at("edge.json", 3, 5) + "question p.q with its numbers: the steps do not settle the "
        + "behaviour: the key is converges, but over twice the steps it is oscillating");
    assertThat(validate("settled.json", momentumBehaviour(8)).out()).doesNotContain("warning");
  }

  @Test
  void aProblemOfEveryVariantIsPrintedOnceWithHowMany() throws IOException {
    // f = a w^2 at eta = 10 multiplies w by 1 - 20a: every a diverges long before step 40.
    Cli r = validate("every.json", """
          {"type": "problem", "id": "p", "variables": {"a": {"choose": [1, 2, 3, 4, 5]}}, "text": ["a = {a}"],
           "questions": [
            {"id": "w40", "kind": "number", "prompt": "w40?", "answer": {"compute": "trajectory", "f": "a*w^2",
              "start": {"w": 1}, "eta": 10, "step": 40, "take": "w"}}]}
        """);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines().filter(l -> l.contains(":4:5: question p.w40")).toList()).hasSize(1);
    assertThat(r.out()).contains("the run stops before step 40").contains("(in 5 of 5 variants)")
        .contains("1 problem in 1 file");
  }
}
