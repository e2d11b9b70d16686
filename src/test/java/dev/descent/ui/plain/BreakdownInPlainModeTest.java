package dev.descent.ui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breaking a wrong answer down in plain mode, on lesson 3's page 4 ("Your linear step": w = 0, x = 2,
 * y = 1, eta = 0.1, worked by hand: y_hat = 0, error = -1, gradient = -2, new w = 0.2; a learner who adds
 * the step gets 0 + 0.1 * (-2) = -0.2).
 */
class BreakdownInPlainModeTest {
  @TempDir Path data;

  /** The page's first three questions answered right, then what is typed for the new weight. */
  private PlainSession atTheStep(String... lines) {
    String[] all = new String[3 + lines.length];
    all[0] = "0";
    all[1] = "-1";
    all[2] = "-2";
    System.arraycopy(lines, 0, all, 3, lines.length);
    return PlainSession.at(data, "sgd-step", "linear", all);
  }

  @Test
  void aLearnerWhoAddsTheStepIsBrokenDownToTheStepAndToldSo() {
    PlainSession s = atTheStep(":break", "0", "-1", "-2", "-0.2", "0.2", "0.2", ":quit");
    assertThat(s.output()).contains("Let's take it step by step: 4 quantities, one at a time: the prediction, "
        + "the error, the gradient, the step.")
        .contains("Step 4 of 4: The step: the new w from w = 0 with η = 0.1?")
        .contains("This is where it goes wrong: the step.", "you added the step")
        .contains("You put right the step, where it went wrong. Back to the question: try it again.");
    assertThat(s.output().indexOf("Step 4 of 4")).isLessThan(s.output().indexOf("This is where it goes wrong"));
    assertThat(s.output()).doesNotContain("This is where it goes wrong: the prediction", "goes wrong: the error",
        "goes wrong: the gradient");
  }

  @Test
  void aWrongAnswerNoUsualMistakeExplainsIsOfferedABreakDownAndTheNextLineStillGoesToTheQuestion() {
    PlainSession s = atTheStep("5", "0.2", ":quit");
    assertThat(s.output()).contains("No usual mistake explains this answer: :break breaks it down, one step at a time.")
        .doesNotContain("Let's take it step by step");
    // the new try is the question's answer, not the break-down's first step
    assertThat(s.course().status("sgd-step", PlainSession.LEARNER).solved()).isEqualTo(4);
  }

  @Test
  void theOfferedBreakDownStartsOnBreakAndNamesWhereItGoesWrong() {
    PlainSession s = atTheStep("5", ":break", "0", "-1", "3", "-2", "0.2", "0.2", ":quit");
    assertThat(s.output()).contains("Let's take it step by step")
        .contains("This is where it goes wrong: the gradient.")
        .doesNotContain("goes wrong: the step");
  }

  @Test
  void aWrongAnswerANamedMistakeExplainsIsNotBrokenDownUnasked() {
    PlainSession s = atTheStep("-0.2", ":quit");
    assertThat(s.output()).contains("you added the step", "Try again, or type :hint, :solution, :break or :next.")
        .doesNotContain("Let's take it step by step");
  }

  @Test
  void aCommandGoesBackToTheQuestionAndTheStepsAreNoAttempt() {
    PlainSession s = atTheStep(":break", "0", ":next", "0.2", ":quit");
    assertThat(s.output()).contains("Back to the question.", "Question: What is the new weight after the step?");
    assertThat(s.course().status("sgd-step", PlainSession.LEARNER).attempted()).isEqualTo(4);
  }

  @Test
  void aQuestionOfOneStepSaysItHasNothingToBreakDown() {
    PlainSession s = PlainSession.at(data, "sgd-step", "linear", ":break", ":quit");
    assertThat(s.output()).contains("This answer is one step");
  }
}
