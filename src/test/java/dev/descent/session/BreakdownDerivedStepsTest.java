package dev.descent.session;

import static dev.descent.session.BreakdownSteps.names;
import static dev.descent.session.BreakdownSteps.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.check.UsualMistakes;
import dev.descent.check.Value;
import dev.descent.course.LessonSession;
import dev.descent.engine.expr.Expression;
import dev.descent.problem.Bindings;
import dev.descent.problem.FunctionParam;
import dev.descent.problem.HessianComputation;
import dev.descent.problem.NumParam;
import dev.descent.problem.Part;
import dev.descent.problem.PointParam;
import dev.descent.problem.ScoreComputation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The break-downs of quantities worked out from other quantities (what the eigenvalues give, the convergence
 * bound, a scheduled rate, a whole gradient, the score function), on the real lessons with values worked by
 * hand: each step typed right is judged right, a step's own usual mistake is named, and the steps come in
 * the order they are worked out.
 */
class BreakdownDerivedStepsTest {
  @TempDir Path data;

  private LessonSession open(String lesson) {
    return BreakdownSteps.open(data, lesson);
  }

  // Lesson 4, "half": f = 2.5x^2 + 0.5y^2 at (3, -3). H = [[5, 0], [0, 1]], a diagonal matrix, so its
  // eigenvalues are 1 and 5: lambda_min = 1, lambda_max = 5, kappa = 5/1 = 5, 2/lambda_max = 2/5 = 0.4,
  // eta* = 2/(1 + 5) = 1/3.

  @Test
  void theConditionNumberIsTheHessianItsExtremeEigenvaluesAndTheirRatio() {
    LessonSession s = open("curvature");
    assertThat(names(s.steps("half.kappa"))).containsExactly("the Hessian", "λmin", "λmax", "κ");
    assertThat(typed(s, "half.kappa", "[[5, 0], [0, 1]]", "1", "5", "5")).containsOnly(true);
    assertThat(s.steps("half.kappa").get(0).question().prompt()).contains("f = 2.5x² + 0.5y²", "(3, −3)");
  }

  @Test
  void theLargestStableStepIsTheHessianLambdaMaxAndTwoOverIt() {
    LessonSession s = open("curvature");
    assertThat(names(s.steps("half.etamax"))).containsExactly("the Hessian", "λmax", "2/λmax");
    assertThat(typed(s, "half.etamax", "[[5, 0], [0, 1]]", "5", "0.4")).containsOnly(true);
  }

  @Test
  void theBestStepIsTheHessianBothExtremesAndTwoOverTheirSum() {
    LessonSession s = open("curvature");
    assertThat(names(s.steps("half.etaopt"))).containsExactly("the Hessian", "λmin", "λmax", "η*");
    assertThat(typed(s, "half.etaopt", "[[5, 0], [0, 1]]", "1", "5", "0.3333333333")).containsOnly(true);
  }

  @Test
  void anExtremeEigenvalueIsTheHessianTheEigenvaluesAndThePick() {
    LessonSession s = open("curvature");
    assertThat(names(s.steps("half.lmin"))).containsExactly("the Hessian", "the eigenvalues", "λmin");
    assertThat(typed(s, "half.lmin", "[[5, 0], [0, 1]]", "(1, 5)", "1")).containsOnly(true);
    // Typing lambda_max for lambda_min is the swap, named in its own step.
    assertThat(s.answerStep("half.lmin", 2, "5").mistake()).isEqualTo(UsualMistakes.MIN_MAX_SWAPPED.id());
  }

  @Test
  void aStepOfTheBreakDownNamesItsOwnMistake() {
    // Half the second derivatives, the 2 of x^2 dropped: [[2.5, 0], [0, 0.5]].
    LessonSession s = open("curvature");
    assertThat(s.answerStep("half.kappa", 0, "[[2.5, 0], [0, 0.5]]").mistake()).isEqualTo(UsualMistakes.DROPPED_TWO.id());
  }

  @Test
  void aHessianIsEachSecondDerivativeThenTheMatrix() {
    // Lesson 4, "cross": f = 3x^2 + 2xy + 3y^2. d2f/dx2 = 6, d2f/dxdy = 2, d2f/dy2 = 6; H = [[6, 2], [2, 6]].
    // With the 2 of x^2 dropped, d2f/dx2 would be 3.
    LessonSession s = open("curvature");
    assertThat(names(s.steps("cross.h"))).containsExactly("∂²f/∂x²", "∂²f/∂x∂y", "∂²f/∂y²", "the Hessian");
    assertThat(typed(s, "cross.h", "6", "2", "6", "[[6, 2], [2, 6]]")).containsOnly(true);
    assertThat(s.answerStep("cross.h", 0, "3").mistake()).isEqualTo(UsualMistakes.DROPPED_TWO.id());
  }

  @Test
  void theGradientAHessianQuestionTakesIsEachPartialDerivativeThenTheVector() {
    // f = x^2 + 4y^2 at (1, 1): df/dx = 2x = 2, df/dy = 8y = 8, the gradient (2, 8).
    var at = new java.util.LinkedHashMap<String, NumParam>();
    at.put("x", NumParam.of(1));
    at.put("y", NumParam.of(1));
    List<Part> parts = new HessianComputation(new FunctionParam(Expression.parse("x^2 + 4y^2")), new PointParam(at),
        "gradient", null).evaluate(Bindings.EMPTY).parts(0);
    assertThat(parts).extracting(Part::name).containsExactly("∂f/∂x", "∂f/∂y", "the gradient");
    assertThat(parts).extracting(p -> p.value().show()).containsExactly("2", "8", "(2, 8)");
  }

  @Test
  void anEntryOfTheHessianHasNoSteps() {
    assertThat(open("curvature").steps("diag.hxx")).isEmpty();
  }

  @Test
  void theBoundIsTheSquaredDistanceTheDivisorAndTheirQuotient() {
    // Lesson 5, "bound": x0 = (3, -3), x* = (0, 0), eta = 0.2, k = 10. ||x0 - x*||^2 = 9 + 9 = 18,
    // 2*eta*k = 2 * 0.2 * 10 = 4, bound = 18/4 = 4.5. The distance not squared is sqrt(18); eta*k = 2.
    LessonSession s = open("beyond");
    assertThat(names(s.steps("bound.b10"))).containsExactly("the squared distance", "the divisor", "the bound");
    assertThat(typed(s, "bound.b10", "18", "4", "4.5")).containsOnly(true);
    assertThat(s.answerStep("bound.b10", 0, "4.242640687").mistake()).isEqualTo(UsualMistakes.BOUND_WITHOUT_SQUARE.id());
    assertThat(s.answerStep("bound.b10", 1, "2").mistake()).isEqualTo(UsualMistakes.BOUND_WITHOUT_TWO.id());
  }

  @Test
  void aStepDecayRateIsThePowerThenTheRate() {
    // Lesson 8, "step-decay": eta0 = 0.1, gamma = 0.5, every 10 steps, k = 25. floor(25/10) = 2,
    // eta_25 = 0.1 * 0.5^2 = 0.025. Without the floor the power is 2.5.
    LessonSession s = open("schedules");
    assertThat(names(s.steps("step-decay.k25"))).containsExactly("the power", "the rate");
    assertThat(typed(s, "step-decay.k25", "2", "0.025")).containsOnly(true);
    assertThat(s.answerStep("step-decay.k25", 0, "2.5").mistake())
        .isEqualTo(UsualMistakes.STEP_DECAY_WITHOUT_FLOOR.id());
  }

  @Test
  void anInverseSquareRootRateIsTheRootThenTheRate() {
    // Lesson 8, "invsqrt": eta0 = 0.5, k = 4. sqrt(4) = 2, eta_4 = 0.5/2 = 0.25; k itself, 4, is eta0/k's slip.
    LessonSession s = open("schedules");
    assertThat(names(s.steps("invsqrt.k4"))).containsExactly("√k", "the rate");
    assertThat(typed(s, "invsqrt.k4", "2", "0.25")).containsOnly(true);
    assertThat(s.answerStep("invsqrt.k4", 0, "4").mistake()).isEqualTo(UsualMistakes.INVERSE_NOT_SQRT.id());
  }

  @Test
  void aCosineRateIsTheFactorThenTheRate() {
    // Lesson 8, "cosine": eta0 = 0.1, K = 100, k = 50. (1 + cos(pi/2))/2 = 0.5, eta_50 = 0.05; without the
    // half the factor is 1. "restart": K = 50, k = 75 is step j = 25 of its cycle, the same factor 0.5.
    LessonSession s = open("schedules");
    assertThat(names(s.steps("cosine.k50"))).containsExactly("the factor", "the rate");
    assertThat(typed(s, "cosine.k50", "0.5", "0.05")).containsOnly(true);
    assertThat(s.answerStep("cosine.k50", 0, "1").mistake()).isEqualTo(UsualMistakes.COSINE_WITHOUT_HALF.id());
    assertThat(typed(s, "restart.k75", "0.5", "0.05")).containsOnly(true);
  }

  @Test
  void aWholeGradientIsEachPartialDerivativeThenTheVector() {
    // Lesson 5, "newton": f = 2x^2 + 2xy + y^2 - 2y at (1, 1). df/dx = 4x + 2y = 6, df/dy = 2x + 2y - 2 = 2.
    LessonSession s = open("beyond");
    assertThat(names(s.steps("newton.g"))).containsExactly("∂f/∂x", "∂f/∂y", "the gradient");
    assertThat(typed(s, "newton.g", "6", "2", "(6, 2)")).containsOnly(true);
    assertThat(s.answerStep("newton.g", 0, "-6").mistake()).isEqualTo(UsualMistakes.GRADIENT_SIGN.id());
  }

  @Test
  void aStepCountIsTheFactorTheStartingGapTheRealKAndTheCount() {
    // Lesson 2, "run-c": L = w^2 - 4w + 5 = (w - 2)^2 + 1 from w = 0, eta = 0.05. Each step multiplies w - 2 by
    // 1 - 2 * 0.05 = 0.9 and the gap starts at 2: 2 * 0.9^k = 0.01 at k = ln(0.005)/ln(0.9) = 50.2875, so the
    // count is 51 (50 is one step too few). The loss gap (w - 2)^2 starts at 4 and shrinks by 0.81 a step:
    // k = ln(0.0025)/ln(0.81) = 28.4332, the count 29.
    LessonSession s = open("eight-steps");
    assertThat(names(s.steps("run-c.steps")))
        .containsExactly("the factor", "the gap at the start", "k by logarithms", "the count");
    assertThat(typed(s, "run-c.steps", "0.9", "2", "50.2875", "51")).containsOnly(true);
    assertThat(s.answerStep("run-c.steps", 3, "50").mistake()).isEqualTo(UsualMistakes.ONE_STEP_TOO_FEW.id());
    assertThat(typed(s, "run-c.gap", "0.81", "4", "28.4332", "29")).containsOnly(true);
  }

  @Test
  void theMeanScoreOnTheLessonIsPThenBothScoresThenTheMean() {
    assertThat(names(open("score-function").steps("score.mean")))
        .containsExactly("p", "the score of a = 1", "the score of a = 0", "the mean score");
  }

  @Test
  void theScoresAreWorkedOutFromP() {
    // theta = ln 3: p = sigma(ln 3) = 1/(1 + 1/3) = 0.75; the score of a = 1 is 1 - p = 0.25, of a = 0 is
    // -p = -0.75; the mean 0.75 * 0.25 + 0.25 * (-0.75) = 0. p itself for the score of a = 1 is a named slip.
    List<Part> parts = new ScoreComputation(NumParam.of(Math.log(3)), "mean").evaluate(Bindings.EMPTY).parts(0);
    double[] expected = {0.75, 0.25, -0.75, 0};
    assertThat(parts).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(((Value.Scalar) parts.get(i).value()).value()).isCloseTo(expected[i], within(1e-12));
    }
    assertThat(parts.get(1).mistakes().get(0).id()).isEqualTo(UsualMistakes.SCORE_USED_P.id());
    assertThat(new ScoreComputation(NumParam.of(Math.log(3)), "score0").evaluate(Bindings.EMPTY).parts(0))
        .extracting(Part::name).containsExactly("p", "the score of a = 0");
    assertThat(new ScoreComputation(NumParam.of(Math.log(3)), "p").evaluate(Bindings.EMPTY).parts(0)).isEmpty();
  }
}
