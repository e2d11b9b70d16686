package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The worked trajectories of the course notes (seed 004 and 002). */
class CourseTrajectoriesTest {

  private static List<Double> ws(String f, double w0, double eta, int steps) {
    Trajectory t = Trajectory.of(Run.gradientDescent(Expression.parse(f).bind(), new double[] {w0}, eta, steps));
    return t.rows().stream().map(r -> r.point()[0]).toList();
  }

  @Test
  void parabolaAtSmallRateTakesTwoStepsByHand() {
    // (w-3)^2 from 0 at eta 0.1: 0.6, then 1.08 (notes 004).
    assertThat(ws("(w-3)^2", 0, 0.1, 2)).satisfiesExactly(
        w -> assertThat(w).isEqualTo(0),
        w -> assertThat(w).isCloseTo(0.6, within(1e-15)),
        w -> assertThat(w).isCloseTo(1.08, within(1e-15)));
  }

  @Test
  void rateOneOvershootsToSix() {
    assertThat(ws("(w-3)^2", 0, 1.0, 1).get(1)).isEqualTo(6);
  }

  @Test
  void rateTwoDivergesTo12ThenMinus24() {
    assertThat(ws("(w-3)^2", 0, 2.0, 2)).containsExactly(0.0, 12.0, -24.0);
  }

  @ParameterizedTest(name = "eta = {0}")
  @ValueSource(doubles = {0.3, 1.5, 0.05})
  void eightStepsFollowTheClosedForm(double eta) {
    // L = w^2 - 4w + 5 from 0: w_k = 2 - 2(1 - 2 eta)^k.
    List<Double> w = ws("w^2 - 4w + 5", 0, eta, 8);
    for (int k = 0; k <= 8; k++) {
      double closed = 2 - 2 * Math.pow(1 - 2 * eta, k);
      assertThat(w.get(k)).as("w_%d", k).isCloseTo(closed, within(1e-12 * (1 + Math.abs(closed))));
    }
  }

  @Test
  void eightStepsAtPointThreeEndAt1_99868928() {
    assertThat(ws("w^2 - 4w + 5", 0, 0.3, 8).get(8)).isCloseTo(1.99868928, within(1e-12));
  }

  @Test
  void rateOnePointFiveAlternatesAndGrows() {
    assertThat(ws("w^2 - 4w + 5", 0, 1.5, 8))
        .containsExactly(0.0, 6.0, -6.0, 18.0, -30.0, 66.0, -126.0, 258.0, -510.0);
  }

  @Test
  void stepsUntilWithinOneHundredthOfTheMinimum() {
    // |w - 2| = 2(0.9)^k < 0.01 first at k = 51; L - 1 = 4(0.81)^k < 0.01 first at k = 29.
    Run run = Run.gradientDescent(Expression.parse("w^2 - 4w + 5").bind(), new double[] {0}, 0.05, 1000);
    assertThat(StoppingRule.firstStep(run, new StoppingRule.DistanceBelow(new double[] {2}, 0.01)))
        .isEqualTo(OptionalInt.of(51));
    assertThat(StoppingRule.firstStep(run, new StoppingRule.LossGapBelow(1, 0.01))).isEqualTo(OptionalInt.of(29));
  }

  @Test
  void nonConvexFunctionFindsTheTwoMinimaOfTheNotes() {
    // Notes 002: eta 0.01, 1000 steps, from (0,0) to about (-1.31, -2.69) and from (4,2) to (3.84, 2.50).
    Objective f = Expression.parse("1 + sin(x) + cos(y) + (y + y^2 + x^2)/10").bind(List.of("x", "y"));
    Row a = Trajectory.of(Run.gradientDescent(f, new double[] {0, 0}, 0.01, 1000)).last();
    Row b = Trajectory.of(Run.gradientDescent(f, new double[] {4, 2}, 0.01, 1000)).last();
    assertThat(a.point()[0]).isCloseTo(-1.31, within(0.005));
    assertThat(a.point()[1]).isCloseTo(-2.69, within(0.005));
    assertThat(b.point()[0]).isCloseTo(3.84, within(0.005));
    assertThat(b.point()[1]).isCloseTo(2.50, within(0.005));
  }

  @Test
  void divergenceIsReportedWithItsStepAndNoNonFiniteRow() {
    Trajectory t = Trajectory.of(Run.gradientDescent(Expression.parse("(w-3)^2").bind(), new double[] {0}, 2.0, 500));
    // |w_k - 3| = 3^(k+1): the first k with 3 + 3^(k+1) > 1e12 is k = 25.
    assertThat(t.divergedAt()).isEqualTo(OptionalInt.of(25));
    assertThat(t.rows()).allSatisfy(r -> {
      assertThat(r.point()[0]).isFinite();
      assertThat(r.loss()).isFinite();
    });
    assertThat(t.divergence()).contains("step 25");
  }

  @Test
  void overflowStopsBeforeTheBadRow() {
    Trajectory t = Trajectory.of(Run.gradientDescent(Expression.parse("exp(w^2)").bind(), new double[] {1}, 1, 20));
    assertThat(t.diverged()).isTrue();
    assertThat(t.rows()).allSatisfy(r -> assertThat(r.loss()).isFinite());
    assertThat(t.rows()).hasSize(t.divergedAt().getAsInt());
  }

  @Test
  void classifiesTheFourBehaviours() {
    Objective f = Expression.parse("w^2 - 4w + 5").bind();
    double[] min = {2};
    assertThat(classify(f, 0.3, min)).isEqualTo(Behaviour.CONVERGES);
    assertThat(classify(f, 0.8, min)).isEqualTo(Behaviour.CONVERGES_OSCILLATING);
    assertThat(classify(f, 1.0, min)).isEqualTo(Behaviour.OSCILLATES);
    assertThat(classify(f, 1.5, min)).isEqualTo(Behaviour.DIVERGES);
  }

  private static Behaviour classify(Objective f, double eta, double[] min) {
    return Behaviour.classify(Trajectory.of(Run.gradientDescent(f, new double[] {0}, eta, 20)), min);
  }
}
