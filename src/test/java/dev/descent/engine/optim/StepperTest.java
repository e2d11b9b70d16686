package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one loop of the engine, watched (the engine's own run) and slipped (where a learner's usual wrong
 * step leads). Expected values are closed forms on f(w) = w², gradient 2w: a gradient step at rate η
 * multiplies w by 1 − 2η.
 */
class StepperTest {
  private static final Objective SQUARE = Expression.parse("w^2").bind();

  private static Run gd(double eta, int steps) {
    return Run.gradientDescent(SQUARE, new double[] {1}, eta, steps);
  }

  @Test
  void aWatchedRunStopsPastTheBoundWhereASlippedOneGoesOn() {
    // eta = 5: w <- w - 10w = -9w, so w_k = (-9)^k; 9^12 = 2.8e11 < 1e12 < 9^13 = 2.5e12.
    Trajectory watched = Trajectory.of(gd(5, 15));
    assertThat(watched.rows()).hasSize(14);
    assertThat(watched.divergedAt()).hasValue(13);
    List<Row> slipped = Stepper.slipped(gd(5, 15), SQUARE, new GradientDescent()).rowsOrNull();
    assertThat(slipped).hasSize(16);
    assertThat(slipped.get(15).point()[0]).isCloseTo(Math.pow(-9, 15), within(1e-3));
  }

  @Test
  void aSlippedRunThatOverflowsLeadsNowhere() {
    // 9^400 is far past the largest double.
    assertThat(Stepper.slipped(gd(5, 400), SQUARE, new GradientDescent()).rowsOrNull()).isNull();
  }

  @Test
  void aSlippedRunTakesTheWrongRuleOnTheGivenFunction() {
    // Adding the step instead of subtracting it: w <- w + 0.1 * 2w = 1.2 w, so w_3 = 1.728.
    Update added = (x, g, o, s, eta, t) -> new double[] {x[0] + eta * g[0]};
    List<Row> rows = Stepper.slipped(gd(0.1, 3), SQUARE, added).rowsOrNull();
    assertThat(rows.get(3).point()[0]).isCloseTo(1.728, within(1e-12));
    // The same rule on w^2/2 (the 2 of the square dropped, gradient w): w <- 1.1 w, w_3 = 1.331.
    Objective halved = Expression.parse("w^2/2").bind();
    assertThat(Stepper.slipped(gd(0.1, 3), halved, added).rowsOrNull().get(3).point()[0])
        .isCloseTo(1.331, within(1e-12));
  }

  @Test
  void aSlippedRowCarriesNoLossOrGradient() {
    Row first = Stepper.slipped(gd(0.1, 1), SQUARE, new GradientDescent()).rowsOrNull().get(1);
    assertThat(first.loss()).isNaN();
    assertThat(first.gradient()).isEmpty();
    assertThat(first.eta()).isEqualTo(0.1);
  }

  @Test
  void oneStepFromALearnersRowUsesThatStepsRate() {
    // invsqrt: eta_4 = 0.2 / sqrt(4) = 0.1, so from w = 1 the step gives 1 - 0.1 * 2 = 0.8.
    Run run = new Run(SQUARE, new double[] {3}, new GradientDescent(), 0.2, new Schedule.InverseSqrt(),
        Clipping.none(), 10);
    double[] x = {1};
    Optional<Row> next = Stepper.slipped(run, SQUARE, run.optimizer()).next(x, new double[0][], 4);
    assertThat(next).isPresent();
    assertThat(next.get().step()).isEqualTo(4);
    assertThat(next.get().eta()).isCloseTo(0.1, within(1e-15));
    assertThat(next.get().point()[0]).isCloseTo(0.8, within(1e-15));
    assertThat(x).containsExactly(1);
  }

  @Test
  void oneStepLeavesTheGivenStateAlone() {
    // Momentum v <- 0.9 v + g from v = 1 at w = 1: v = 2.9, w = 1 - 0.1 * 2.9 = 0.71.
    Run run = new Run(SQUARE, new double[] {1}, new Momentum(0.9), 0.1, new Schedule.Constant(), Clipping.none(), 5);
    double[][] state = {{1}};
    Row next = Stepper.slipped(run, SQUARE, run.optimizer()).next(new double[] {1}, state, 2).orElseThrow();
    assertThat(next.state()[0][0]).isCloseTo(2.9, within(1e-15));
    assertThat(next.point()[0]).isCloseTo(0.71, within(1e-15));
    assertThat(state[0]).containsExactly(1);
  }

  @Test
  void aRefusedStepEndsBothKindsOfRun() {
    // Newton on -w^2: the Hessian -2 is not positive definite, so the first step is refused.
    Objective cap = Expression.parse("-w^2").bind();
    Run run = new Run(cap, new double[] {1}, new Newton(), 1, new Schedule.Constant(), Clipping.none(), 3);
    Trajectory t = Trajectory.of(run);
    assertThat(t.rows()).hasSize(1);
    assertThat(t.ending()).hasValueSatisfying(e -> assertThat(e.diverged()).isFalse());
    assertThat(Stepper.slipped(run, cap, run.optimizer()).rowsOrNull()).isNull();
  }
}
