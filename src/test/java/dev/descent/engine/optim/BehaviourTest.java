package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The four behaviours as a person reads a run: does some coordinate cross the minimum, do the
 * swings and the distance shrink towards 0, keep their size, or grow past the start. Each case
 * says where its verdict comes from: the per-step factor 1 − ηλ of gradient descent on a
 * quadratic, or the roots of momentum's recurrence.
 */
class BehaviourTest {
  private static final Objective BOWL = Expression.parse("2.5x^2 + 0.5y^2").bind(List.of("x", "y"));
  private static final Objective PARABOLA = Expression.parse("(w-3)^2").bind();
  private static final Objective SQUARE = Expression.parse("w^2").bind();

  private static Judgement judge(Objective f, double[] start, Optimizer opt, double eta, int steps, double... min) {
    Run run = new Run(f, start, opt, eta, new Schedule.Constant(), Clipping.none(), steps);
    return Behaviour.judge(Trajectory.of(run), min);
  }

  private static Behaviour bowl(double eta, int steps, double x0, double y0) {
    return judge(BOWL, new double[] {x0, y0}, new GradientDescent(), eta, steps, 0, 0).behaviour();
  }

  @ParameterizedTest(name = "momentum over {0} steps")
  @CsvSource({"3", "5", "8", "20", "100"})
  void momentumThatOvershootsAndSettlesConvergesWhileOscillating(int steps) {
    // f = w^2, w0 = 3, eta = 0.3, beta = 0.5: v1 = 6, w1 = 1.2; v2 = 3 + 2.4 = 5.4, w2 = -0.42;
    // v3 = 2.7 - 0.84 = 1.86, w3 = -0.978. It crosses 0 at step 2; the roots of
    // r^2 - 0.9r + 0.5 = 0 have |r| = sqrt(0.5) < 1, so the swings shrink.
    Run run = new Run(SQUARE, new double[] {3}, new Momentum(0.5), 0.3, new Schedule.Constant(), Clipping.none(), steps);
    Trajectory t = Trajectory.of(run);
    assertThat(t.rows().get(1).point()[0]).isCloseTo(1.2, within(1e-15));
    assertThat(t.rows().get(2).point()[0]).isCloseTo(-0.42, within(1e-15));
    assertThat(t.rows().get(3).point()[0]).isCloseTo(-0.978, within(1e-15));
    assertThat(Behaviour.classify(t, new double[] {0})).isEqualTo(Behaviour.CONVERGES_OSCILLATING);
  }

  @Test
  void gradientDescentWhoseXFlipsEveryStepConvergesWhileOscillating() {
    // eta = 1/3 on 2.5x^2 + 0.5y^2: x is multiplied by 1 - 5/3 = -2/3 each step, y by 2/3.
    assertThat(bowl(1.0 / 3, 60, 3, -3)).isEqualTo(Behaviour.CONVERGES_OSCILLATING);
    assertThat(bowl(1.0 / 3, 3, 3, -3)).isEqualTo(Behaviour.CONVERGES_OSCILLATING);
  }

  @ParameterizedTest(name = "eta = 2/lambda_max = 0.4 over {0} steps")
  @CsvSource({"1", "2", "3", "60", "500"})
  void atExactlyTwoOverLambdaMaxTheBouncingCoordinateOscillates(int steps) {
    // x is multiplied by 1 - 0.4*5 = -1: 3, -3, 3, ... for ever, while y shrinks by 0.6.
    assertThat(bowl(0.4, steps, 3, -3)).isEqualTo(Behaviour.OSCILLATES);
    assertThat(bowl(0.4, steps, 3, 0)).isEqualTo(Behaviour.OSCILLATES);
    assertThat(bowl(0.4, steps, 3, -6)).isEqualTo(Behaviour.OSCILLATES);
  }

  @Test
  void atTwoOverLambdaMaxFromTheOtherAxisNothingBounces() {
    // From (0, -3) x stays 0: only y moves, by the factor 0.6.
    assertThat(bowl(0.4, 60, 0, -3)).isEqualTo(Behaviour.CONVERGES);
  }

  @ParameterizedTest(name = "eta = {0} over {1} steps")
  @CsvSource({
      // x factor 1 - 5*eta: -1.05 and -1.002 grow, -0.95 and -0.998 shrink.
      "0.41,   3, DIVERGES",
      "0.41,  60, DIVERGES",
      "0.4004, 60, DIVERGES",
      "0.39,   3, CONVERGES_OSCILLATING",
      "0.39,  60, CONVERGES_OSCILLATING",
      "0.3996, 60, CONVERGES_OSCILLATING",
      "0.1,   60, CONVERGES",
  })
  void theNeighboursOfTheBoundary(double eta, int steps, Behaviour expected) {
    assertThat(bowl(eta, steps, 3, -3)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "eta = {0} over {1} steps")
  @CsvSource({
      // (w - 3)^2 from 0: the gap w - 3 is multiplied by 1 - 2*eta each step.
      "0.3,  10, CONVERGES",
      "0.5,  10, CONVERGES",
      "0.9,  10, CONVERGES_OSCILLATING",
      "0.99, 10, CONVERGES_OSCILLATING",
      "1,     1, OSCILLATES",
      "1,     3, OSCILLATES",
      "1,    10, OSCILLATES",
      "1,   500, OSCILLATES",
      "1.01, 10, DIVERGES",
      "2,    10, DIVERGES",
      "2,   100, DIVERGES",
  })
  void oneDimensionAroundTheBoundaryEtaOne(double eta, int steps, Behaviour expected) {
    assertThat(judge(PARABOLA, new double[] {0}, new GradientDescent(), eta, steps, 3).behaviour()).isEqualTo(expected);
  }

  @Test
  void momentumAtItsOwnBoundaryKeepsBouncing() {
    // w^2 (lambda = 2), beta = 0.5, eta = 1.5: w' = -1.5w - 0.5w_prev, roots -1 and -0.5, so
    // w_k = 3(-1)^k - 2(-0.5)^k: a bounce of size 3 once the (-0.5)^k part has died out.
    Judgement j = judge(SQUARE, new double[] {1}, new Momentum(0.5), 1.5, 80, 0);
    assertThat(j.behaviour()).isEqualTo(Behaviour.OSCILLATES);
  }

  @ParameterizedTest(name = "{0} steps")
  @CsvSource({"10, CONVERGES", "200, CONVERGES_OSCILLATING"})
  void slowMomentumIsJudgedByTheStepsItShows(int steps, Behaviour expected) {
    // w^2, beta = 0.9, eta = 0.01: roots 0.94 +- 0.128i, so w first falls for about 11 steps
    // (a quarter turn of 0.136 rad a step) and crosses 0 only after that.
    assertThat(judge(SQUARE, new double[] {1}, new Momentum(0.9), 0.01, steps, 0).behaviour()).isEqualTo(expected);
  }

  @Test
  void aRunThatStartsAtTheMinimumConverges() {
    assertThat(judge(PARABOLA, new double[] {3}, new GradientDescent(), 0.1, 5, 3).behaviour())
        .isEqualTo(Behaviour.CONVERGES);
  }

  @Test
  void aRunTheEngineStopsDiverges() {
    // |w - 3| = 3^(k+1) passes 1e12 at step 25.
    Judgement j = judge(PARABOLA, new double[] {0}, new GradientDescent(), 2, 100, 3);
    assertThat(j.behaviour()).isEqualTo(Behaviour.DIVERGES);
    assertThat(j.reason()).contains("step 25");
  }

  @Test
  void aRunThatSettlesElsewhereIsRefusedWithItsReason() {
    // w^2 settles on 0, so a "minimum" at 0.5 is neither approached nor left.
    assertThatThrownBy(() -> judge(SQUARE, new double[] {1}, new GradientDescent(), 0.1, 60, 0.5))
        .isInstanceOf(DescentException.class).hasMessageContaining("0.5");
  }

  @Test
  void theReasonGivesTheDistancesAndTheCrossings() {
    // (w - 3)^2 at eta = 0.9: gap -3 times (-0.8)^k; after 10 steps 3 * 0.8^10 = 0.3221.
    Judgement j = judge(PARABOLA, new double[] {0}, new GradientDescent(), 0.9, 10, 3);
    assertThat(j.reason()).contains("from 3 to 0.3221").contains("w crosses it 10 times");
    // The bowl at 0.4: x bounces at 3 while the distance falls from sqrt(18) = 4.243.
    Judgement bounce = judge(BOWL, new double[] {3, -3}, new GradientDescent(), 0.4, 60, 0, 0);
    assertThat(bounce.reason()).contains("x").contains("4.243").contains("3");
    // eta = 0.41 over 3 steps: x = 3 * (-1.05)^3 = -3.472875, beyond 3 at the start.
    Judgement away = judge(BOWL, new double[] {3, -3}, new GradientDescent(), 0.41, 3, 0, 0);
    assertThat(away.reason()).contains("x").contains("3.473");
  }
}
