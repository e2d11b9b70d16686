package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code descent practice} in plain mode on lesson 3's "linear" problem, whose numbers are fixed (w = 0, x = 2,
 * y = 1, eta = 0.1; by hand y_hat = 0, error = -1, gradient = -2, new w = 0.2, loss after 1/2 (0.4 - 1)^2 = 0.18).
 */
class PracticeCommandTest {
  private static final String ROUND = "0\n-1\n-2\n0.2\n0.18\n\n";

  @TempDir Path data;

  private Cli practise(String input, String target) {
    return Cli.runWithInput(input, "--data-dir", data.toString(), "--learner", "ann", "practice", target);
  }

  @Test
  void threeRoundsRightInARowMasterTheProblemAndTheReportSaysSo() {
    Cli c = practise(ROUND + ROUND + ROUND, "sgd-step.linear");
    assertThat(c.out()).contains("Round 1 right without help: 1 in a row of 3.",
        "Round 2 right without help: 2 in a row of 3.", "Round 3 right without help: 3 in a row of 3.", "Mastered");
    assertThat(Cli.run("--data-dir", data.toString(), "--learner", "ann", "report").out())
        .contains("Your linear step (sgd-step.linear)");
    assertThat(Cli.run("--data-dir", data.toString(), "--learner", "ann", "list").out())
        .contains("not started, 1 problem mastered");
  }

  @Test
  void aHintInARoundStartsTheCountAgain() {
    Cli c = practise(ROUND + "0\n-1\n:hint\n-2\n0.2\n0.18\n\n" + ROUND, "sgd-step.linear");
    assertThat(c.out()).contains("Round 1 right without help: 1 in a row of 3.",
        "is done, but with a wrong answer, a hint or the solution: the count of rounds in a row starts again.",
        "right without help: 1 in a row of 3.").doesNotContain("Mastered");
  }

  @Test
  void anUnknownProblemIsAUsageError() {
    Cli c = practise("", "sgd-step.nope");
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("no problem \"nope\" to practise in sgd-step");
  }
}
