package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row's {@code clipped} flag says whether the gradient its update used was clipped. Nesterov's
 * update uses the gradient at the look-ahead point x − ηβv, not at x, so its flag is decided there.
 */
class ClippedFlagTest {
  private static final Objective ROSENBROCK = Expression.parse("(1 - x)^2 + 100(y - x^2)^2").bind(List.of("x", "y"));
  private static final double TAU = 10;

  @Test
  void nesterovFlagsTheLookAheadGradient() {
    double eta = 0.001;
    double beta = 0.9;
    Run run = new Run(ROSENBROCK, new double[] {-1.5, 2}, new Nesterov(beta), eta, new Schedule.Constant(),
        new Clipping(TAU), 1000);
    Trajectory t = Trajectory.of(run);
    int differs = 0;
    for (int k = 1; k < t.rows().size(); k++) {
      Row before = t.rows().get(k - 1);
      double[] v = before.state("v");
      double[] ahead = {before.point()[0] - eta * beta * v[0], before.point()[1] - eta * beta * v[1]};
      boolean clippedAhead = Clipping.norm(ROSENBROCK.gradient(ahead)) > TAU;
      boolean clippedAtX = Clipping.norm(before.gradient()) > TAU;
      if (clippedAhead != clippedAtX) {
        differs++;
      }
      assertThat(t.rows().get(k).clipped()).as("step %d", k).isEqualTo(clippedAhead);
    }
    assertThat(differs).as("rows where the two gradients disagree about clipping").isPositive();
  }

  @Test
  void gradientDescentFlagsTheGradientAtThePoint() {
    Run run = new Run(ROSENBROCK, new double[] {-1.5, 2}, new GradientDescent(), 0.001, new Schedule.Constant(),
        new Clipping(TAU), 300);
    Trajectory t = Trajectory.of(run);
    for (int k = 1; k < t.rows().size(); k++) {
      boolean expected = Clipping.norm(t.rows().get(k - 1).gradient()) > TAU;
      assertThat(t.rows().get(k).clipped()).as("step %d", k).isEqualTo(expected);
    }
  }
}
