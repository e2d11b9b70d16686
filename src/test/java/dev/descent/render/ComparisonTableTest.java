package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.Clipping;
import dev.descent.engine.optim.Momentum;
import dev.descent.engine.optim.Nesterov;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Schedule;
import dev.descent.engine.optim.Trajectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

  private static final Objective BOWL = Expression.parse("0.5*(5x^2 + y^2)").bind();

  /** GD at eta = 0.35 multiplies x by 1 - 5(0.35) = -0.75 and y by 1 - 0.35 = 0.65 each step. */
  private static final NamedTrajectory GD =
      new NamedTrajectory("gd", Trajectory.of(Run.gradientDescent(BOWL, new double[] {1, 1}, 0.35, 6)));

  private static final NamedTrajectory MOMENTUM = new NamedTrajectory("momentum", Trajectory.of(
      new Run(BOWL, new double[] {1, 1}, new Momentum(0.5), 0.35, new Schedule.Constant(), Clipping.none(), 3)));

  private static final NamedTrajectory NESTEROV = new NamedTrajectory("nesterov", Trajectory.of(
      new Run(BOWL, new double[] {1, 1}, new Nesterov(0.5), 0.1, new Schedule.Constant(), Clipping.none(), 6)));

  /** GD at eta = 1.5 multiplies x by 1 - 7.5 = -6.5: |x_k| = 6.5^k, first above 1e12 at k = 15. */
  private static final NamedTrajectory TOO_FAST =
      new NamedTrajectory("too fast", Trajectory.of(Run.gradientDescent(BOWL, new double[] {1, 1}, 1.5, 40)));

  private static final List<String> LINES = ComparisonTable.lines(List.of(GD, MOMENTUM, NESTEROV, TOO_FAST),
      TableOptions.defaults());

  @Test
  void everyRunIsNamedAboveItsColumns() {
    assertThat(LINES).anySatisfy(l -> assertThat(l.strip()).startsWith("gd"))
        .anySatisfy(l -> assertThat(l.strip()).startsWith("momentum"))
        .anySatisfy(l -> assertThat(l.strip()).startsWith("nesterov"));
  }

  @Test
  void gradientDescentColumnHoldsTheClosedFormZigZag() {
    assertThat(TableText.column(LINES, "x").subList(0, 7))
        .containsExactly("1", "-0.75", "0.5625", "-0.421875", "0.31640625", "-0.2373046875", "0.1779785156");
  }

  @Test
  void stepsRunToTheLongestRun() {
    assertThat(TableText.column(LINES, "step")).hasSize(16);
  }

  @Test
  void aShorterRunLeavesBlanksAfterItsLastStep() {
    assertThat(TableText.column(LINES, "x").subList(7, 16)).containsOnly("");
  }

  @Test
  void everyLineFitsEightyColumns() {
    assertThat(LINES).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
  }

  @Test
  void divergenceIsReportedWithTheRunName() {
    assertThat(LINES.get(LINES.size() - 1)).startsWith("too fast: diverged at step 15");
  }
}
