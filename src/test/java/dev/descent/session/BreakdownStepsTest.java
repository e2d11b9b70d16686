package dev.descent.session;

import static dev.descent.session.BreakdownSteps.names;
import static dev.descent.session.BreakdownSteps.typed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.check.UsualMistakes;
import dev.descent.course.Feedback;
import dev.descent.course.LessonSession;
import dev.descent.course.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps a break-down asks, on the real lessons, with values worked by hand: each step typed right is
 * judged right, and the steps come in the order they are worked out.
 */
class BreakdownStepsTest {
  @TempDir Path data;

  private LessonSession open(String lesson) {
    return BreakdownSteps.open(data, lesson);
  }

  @Test
  void anSgdStepIsThePredictionTheErrorTheGradientAndTheStep() {
    // Lesson 3, "Your linear step": w = 0, x = 2, y = 1, eta = 0.1. y_hat = 0, error = -1, gradient = -2,
    // new w = 0 - 0.1 * (-2) = 0.2.
    LessonSession s = open("sgd-step");
    assertThat(names(s.steps("linear.neww"))).containsExactly("the prediction", "the error", "the gradient", "the step");
    assertThat(typed(s, "linear.neww", "0", "-1", "-2", "0.2")).containsOnly(true);
  }

  @Test
  void aStepTheLearnerAddsIsNamedWithItsUsualMistake() {
    // Adding the step: 0 + 0.1 * (-2) = -0.2.
    Feedback f = open("sgd-step").answerStep("linear.neww", 3, "-0.2");
    assertThat(f.isRight()).isFalse();
    assertThat(f.mistake()).isEqualTo(UsualMistakes.ADDED_GRADIENT.id());
  }

  @Test
  void anAdamStepIsTheGradientThenMVMHatVHatAndTheStep() {
    // Lesson 7, "adam-first": f = w^2 from w = 1, eta = 0.5, beta1 = 0.9, beta2 = 0.999, eps = 0.
    // g = 2; m = 0.1 * 2 = 0.2; v = 0.001 * 4 = 0.004; m_hat = 0.2 / 0.1 = 2; v_hat = 0.004 / 0.001 = 4;
    // w = 1 - 0.5 * 2 / sqrt(4) = 0.5.
    LessonSession s = open("adaptive");
    assertThat(names(s.steps("adam-first.w1"))).containsExactly("the gradient", "m", "v", "m_hat", "v_hat", "w");
    assertThat(typed(s, "adam-first.w1", "2", "0.2", "0.004", "2", "4", "0.5")).containsOnly(true);
  }

  @Test
  void aStateIsBrokenDownOnlyAsFarAsItself() {
    LessonSession s = open("adaptive");
    assertThat(names(s.steps("adam-first.mhat1"))).containsExactly("the gradient", "m", "v", "m_hat");
  }

  @Test
  void aLaterStepStartsFromTheRowBeforeIt() {
    // Step 2 of the same run: w1 = 0.5, m1 = 0.2, v1 = 0.004; g1 = 1.
    List<Step> steps = open("adaptive").steps("adam-second.w2");
    assertThat(steps.get(0).question().prompt()).contains("step 1", "w = 0.5", "m = 0.2", "v = 0.004");
  }

  @Test
  void newtonsStepIsTheGradientTheHessianTheSolveAndTheStep() {
    // Lesson 5, "newton": f = 2x^2 + 2xy + y^2 - 2y at (1, 1). grad = (4x + 2y, 2x + 2y - 2) = (6, 2);
    // H = [[4, 2], [2, 2]], H^-1 = [[0.5, -0.5], [-0.5, 1]]; d = H^-1 grad = (2, -1); x - d = (-1, 2).
    LessonSession s = open("beyond");
    assertThat(names(s.steps("newton.x1"))).containsExactly("the gradient", "the Hessian", "the solve", "the step");
    assertThat(typed(s, "newton.x1", "(6, 2)", "[[4, 2], [2, 2]]", "(2, -1)", "(-1, 2)")).containsOnly(true);
  }

  @Test
  void aTableIsBrokenDownAtTheFirstRowTheLastAnswerGotWrong() {
    // Lesson 2, run-a.table: w_k = 2 - 2 * 0.4^k, L = (w - 2)^2 + 1, eta = 0.3. Row 4 slipped to 1.9:
    // the gradient at step 3 is 2 * (1.872 - 2) = -0.256, w4 = 1.872 + 0.3 * 0.256 = 1.9488, L = 1.00262144.
    LessonSession s = open("eight-steps");
    List<List<String>> rows = new ArrayList<>(List.of(List.of("1.2", "1.64"), List.of("1.68", "1.1024"),
        List.of("1.872", "1.016384"), List.of("1.9", "1.01")));
    while (rows.size() < 8) {
      rows.add(List.of("", ""));
    }
    s.answerTable("run-a.table", rows);
    List<Step> steps = s.steps("run-a.table");
    assertThat(names(steps)).hasSize(3).startsWith("the gradient");
    assertThat(steps.get(0).question().prompt()).contains("step 3");
    assertThat(typed(s, "run-a.table", "-0.256", "1.9488", "1.00262144")).containsOnly(true);
  }

  @Test
  void aClippedGradientIsTheNormTheScaleAndTheVector() {
    // Lesson 8, "clip": g = (3, 4), tau = 1. ||g|| = 5, scale = 1/5 = 0.2, clipped g = (0.6, 0.8).
    LessonSession s = open("schedules");
    assertThat(names(s.steps("clip.g"))).containsExactly("the norm ||g||", "the scale", "the clipped gradient");
    assertThat(typed(s, "clip.g", "5", "0.2", "(0.6, 0.8)")).containsOnly(true);
  }

  @Test
  void aQuantityReadOffTheNumbersHasNoSteps() {
    assertThat(open("sgd-step").steps("linear.pred")).isEmpty();
  }
}
