package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three momentum forms of the notes are one method. With α = η and μ = β, Polyak's heavy ball
 * x ← x − ηg + μ(x − x_prev) and the velocity form v ← μv + ηg, x ← x − v take the same points as the
 * course's v ← βv + g, x ← x − ηv at a constant rate: x_{t+1} − x_t = −ηv_{t+1} = −ηg_t + β(x_t − x_{t−1}).
 * Under a schedule the course's form differs; the other two stay equal (x_t − x_{t−1} = −v_t).
 */
class MomentumFormsTest {
  private static final Objective SQUARE = Expression.parse("w^2").bind();
  private static final Objective NOTES = Expression.parse("1 + sin(x) + cos(y) + (y + y^2 + x^2)/10").bind(List.of("x", "y"));

  private static Trajectory run(Objective f, double[] start, Optimizer opt, double eta, Schedule s, int steps) {
    return Trajectory.of(new Run(f, start, opt, eta, s, Clipping.none(), steps));
  }

  @Test
  void heavyBallReproducesTheMomentumDrillOfLessonFive() {
    // f = w^2 from 4, eta = 0.1, mu = 0.9: x1 = 4 - 0.1*8 = 3.2 (no move to repeat yet);
    // x2 = 3.2 - 0.1*6.4 + 0.9*(3.2 - 4) = 3.2 - 0.64 - 0.72 = 1.84, the drill's w2.
    Trajectory t = run(SQUARE, new double[] {4}, new HeavyBall(0.9), 0.1, new Schedule.Constant(), 2);
    assertThat(t.rows().get(0).state("x_prev")[0]).isEqualTo(4);
    assertThat(t.rows().get(1).point()[0]).isCloseTo(3.2, within(1e-15));
    assertThat(t.rows().get(1).state("x_prev")[0]).isEqualTo(4);
    assertThat(t.rows().get(2).point()[0]).isCloseTo(1.84, within(1e-15));
    assertThat(t.rows().get(2).state("x_prev")[0]).isCloseTo(3.2, within(1e-15));
  }

  @Test
  void theVelocityFormKeepsEtaTimesTheCoursesVelocity() {
    // v1 = 0.1*8 = 0.8, w1 = 3.2; v2 = 0.9*0.8 + 0.1*6.4 = 1.36, w2 = 1.84 (the course's v: 8, 13.6).
    Trajectory t = run(SQUARE, new double[] {4}, new MomentumVelocity(0.9), 0.1, new Schedule.Constant(), 2);
    assertThat(t.rows().get(1).state("v")[0]).isCloseTo(0.8, within(1e-15));
    assertThat(t.rows().get(1).point()[0]).isCloseTo(3.2, within(1e-15));
    assertThat(t.rows().get(2).state("v")[0]).isCloseTo(1.36, within(1e-15));
    assertThat(t.rows().get(2).point()[0]).isCloseTo(1.84, within(1e-15));
  }

  @Test
  void atAConstantRateTheThreeFormsTakeTheSamePoints() {
    // The notes' function from (0, 0) at eta = 0.01, beta = mu = 0.9, 1000 steps: the forms differ
    // only in rounding (2.6e-14 at most, by a numpy run of the three recurrences).
    double[] start = {0, 0};
    Trajectory course = run(NOTES, start, new Momentum(0.9), 0.01, new Schedule.Constant(), 1000);
    Trajectory ball = run(NOTES, start, new HeavyBall(0.9), 0.01, new Schedule.Constant(), 1000);
    Trajectory velocity = run(NOTES, start, new MomentumVelocity(0.9), 0.01, new Schedule.Constant(), 1000);
    for (int k = 0; k <= 1000; k++) {
      for (int i = 0; i < 2; i++) {
        double x = course.rows().get(k).point()[i];
        assertThat(ball.rows().get(k).point()[i]).as("heavy ball, step %d", k).isCloseTo(x, within(1e-12));
        assertThat(velocity.rows().get(k).point()[i]).as("velocity form, step %d", k).isCloseTo(x, within(1e-12));
        assertThat(velocity.rows().get(k).state("v")[i]).isCloseTo(0.01 * course.rows().get(k).state("v")[i],
            within(1e-12));
      }
    }
  }

  @Test
  void underASchedulePolyaksFormAndTheVelocityFormStayTogether() {
    // w^2 from 4, eta_k = 0.1/sqrt(k): the course's form: w2 = 3.2 - (0.1/sqrt 2)*13.6 = 2.238336...;
    // heavy ball and velocity form: w2 = 3.2 - (0.1/sqrt 2)*6.4 - 0.72 = 2.027451660...
    Schedule s = Schedule.parse("invsqrt", 2);
    double eta2 = 0.1 / Math.sqrt(2);
    Trajectory course = run(SQUARE, new double[] {4}, new Momentum(0.9), 0.1, s, 2);
    Trajectory ball = run(SQUARE, new double[] {4}, new HeavyBall(0.9), 0.1, s, 2);
    Trajectory velocity = run(SQUARE, new double[] {4}, new MomentumVelocity(0.9), 0.1, s, 2);
    assertThat(course.rows().get(2).point()[0]).isCloseTo(3.2 - eta2 * 13.6, within(1e-15));
    assertThat(ball.rows().get(2).point()[0]).isCloseTo(3.2 - eta2 * 6.4 - 0.72, within(1e-15));
    assertThat(velocity.rows().get(2).point()[0]).isCloseTo(3.2 - eta2 * 6.4 - 0.72, within(1e-15));
  }

  @Test
  void eachFormSaysWhatStateItKeeps() {
    assertThat(new HeavyBall(0.9).stateNames()).containsExactly("x_prev");
    assertThat(new MomentumVelocity(0.9).stateNames()).containsExactly("v");
    assertThat(new Momentum(0.9).stateNames()).containsExactly("v");
    assertThat(new HeavyBall(0.5).rule()).isEqualTo("x ← x − η·g + 0.5·(x − x_prev);  "
        + "(x_prev is the point before x; at the start x_prev = x)");
    assertThat(new MomentumVelocity(0.5).rule()).isEqualTo("v ← 0.5·v + η·g;  x ← x − v");
  }
}
