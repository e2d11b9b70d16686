package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two steps of each rule on f(w) = w^2 from w = 1 at eta = 0.1 (gradient 2w), each expected value
 * worked out by hand from the rule's formula.
 */
class OptimizerFormsTest {
  private static final Objective F = Expression.parse("w^2").bind();

  private static Trajectory run(Optimizer opt, int steps) {
    return Trajectory.of(new Run(F, new double[] {1}, opt, 0.1, new Schedule.Constant(), Clipping.none(), steps));
  }

  @Test
  void momentumKeepsAVelocity() {
    // v1 = 2, w1 = 0.8; v2 = 0.9*2 + 1.6 = 3.4, w2 = 0.8 - 0.34 = 0.46.
    Trajectory t = run(OptimizerForm.make("momentum"), 2);
    assertThat(t.rows().get(1).state("v")[0]).isCloseTo(2, within(1e-15));
    assertThat(t.rows().get(1).point()[0]).isCloseTo(0.8, within(1e-15));
    assertThat(t.rows().get(2).state("v")[0]).isCloseTo(3.4, within(1e-15));
    assertThat(t.rows().get(2).point()[0]).isCloseTo(0.46, within(1e-15));
  }

  @Test
  void nesterovTakesTheGradientAtTheLookAhead() {
    // v1 = 2 (look-ahead = start), w1 = 0.8; look-ahead 0.8 - 0.1*0.9*2 = 0.62, gradient 1.24,
    // v2 = 1.8 + 1.24 = 3.04, w2 = 0.8 - 0.304 = 0.496.
    Trajectory t = run(OptimizerForm.make("nesterov"), 2);
    assertThat(t.rows().get(1).point()[0]).isCloseTo(0.8, within(1e-15));
    assertThat(t.rows().get(2).state("v")[0]).isCloseTo(3.04, within(1e-14));
    assertThat(t.rows().get(2).point()[0]).isCloseTo(0.496, within(1e-14));
  }

  @Test
  void adaGradDividesByTheRootOfTheSumOfSquares() {
    // G1 = 4, w1 = 1 - 0.1*2/(2 + 1e-8); G2 = 4 + (2 w1)^2.
    Trajectory t = run(OptimizerForm.make("adagrad"), 2);
    double w1 = 1 - 0.1 * 2 / (2 + 1e-8);
    assertThat(t.rows().get(1).state("G")[0]).isEqualTo(4);
    assertThat(t.rows().get(1).point()[0]).isCloseTo(w1, within(1e-15));
    double g2 = 2 * w1;
    assertThat(t.rows().get(2).state("G")[0]).isCloseTo(4 + g2 * g2, within(1e-14));
    assertThat(t.rows().get(2).point()[0])
        .isCloseTo(w1 - 0.1 * g2 / (Math.sqrt(4 + g2 * g2) + 1e-8), within(1e-14));
  }

  @Test
  void rmsPropKeepsAnAverageOfSquares() {
    // v1 = 0.1*4 = 0.4, w1 = 1 - 0.1*2/(sqrt(0.4) + 1e-8).
    Trajectory t = run(OptimizerForm.make("rmsprop"), 1);
    assertThat(t.rows().get(1).state("v")[0]).isCloseTo(0.4, within(1e-15));
    assertThat(t.rows().get(1).point()[0]).isCloseTo(1 - 0.2 / (Math.sqrt(0.4) + 1e-8), within(1e-15));
  }

  @Test
  void adamCorrectsItsMomentsForBias() {
    // Step 1: m = 0.2, v = 0.004, m_hat = 2, v_hat = 4, w1 = 1 - 0.1*2/(2 + 1e-8).
    // Step 2: g = 2 w1, m = 0.18 + 0.1 g, v = 0.999*0.004 + 0.001 g^2, corrected by 1 - 0.9^2, 1 - 0.999^2.
    Trajectory t = run(OptimizerForm.make("adam"), 2);
    Row r1 = t.rows().get(1);
    assertThat(r1.state("m")[0]).isCloseTo(0.2, within(1e-15));
    assertThat(r1.state("v")[0]).isCloseTo(0.004, within(1e-15));
    assertThat(r1.state("m_hat")[0]).isCloseTo(2, within(1e-14));
    assertThat(r1.state("v_hat")[0]).isCloseTo(4, within(1e-12));
    double w1 = 1 - 0.2 / (2 + 1e-8);
    assertThat(r1.point()[0]).isCloseTo(w1, within(1e-14));
    double g = 2 * w1;
    double m = 0.18 + 0.1 * g;
    double v = 0.999 * 0.004 + 0.001 * g * g;
    double mHat = m / (1 - 0.81);
    double vHat = v / (1 - 0.999 * 0.999);
    Row r2 = t.rows().get(2);
    assertThat(r2.state("m_hat")[0]).isCloseTo(mHat, within(1e-12));
    assertThat(r2.state("v_hat")[0]).isCloseTo(vHat, within(1e-9));
    assertThat(r2.point()[0]).isCloseTo(w1 - 0.1 * mHat / (Math.sqrt(vHat) + 1e-8), within(1e-12));
  }

  @Test
  void clippingScalesTheGradientToTau() {
    // g = (3, 4) has norm 5; clipped at 1 it is (0.6, 0.8).
    Clipping c = new Clipping(1);
    assertThat(c.apply(new double[] {3, 4})).containsExactly(new double[] {0.6, 0.8}, within(1e-15));
    assertThat(c.apply(new double[] {0.3, 0.4})).containsExactly(0.3, 0.4);
  }

  @Test
  void clippedRunUsesTheClippedGradient() {
    // f = 3x + 4y has gradient (3, 4); clipped to 1 and eta 1, each step moves by (-0.6, -0.8).
    Objective f = Expression.parse("3x + 4y").bind(List.of("x", "y"));
    Trajectory t = Trajectory.of(new Run(f, new double[] {0, 0}, new GradientDescent(), 1, new Schedule.Constant(),
        new Clipping(1), 2));
    assertThat(t.last().point()).containsExactly(new double[] {-1.2, -1.6}, within(1e-15));
    assertThat(t.last().clipped()).isTrue();
  }

  @Test
  void schedulesFollowTheirFormulas() {
    // step decay eta0 gamma^floor(k/s); eta0/sqrt(k); eta0 (1 + cos(pi k/K))/2.
    Schedule step = Schedule.parse("step:gamma=0.5,every=10", 100);
    assertThat(step.rate(0.4, 9)).isEqualTo(0.4);
    assertThat(step.rate(0.4, 10)).isEqualTo(0.2);
    assertThat(step.rate(0.4, 25)).isEqualTo(0.1);
    Schedule inv = Schedule.parse("invsqrt", 100);
    assertThat(inv.rate(0.8, 4)).isEqualTo(0.4);
    Schedule cos = Schedule.parse("cosine:K=100", 5);
    assertThat(cos.rate(0.2, 50)).isCloseTo(0.1, within(1e-15));
    assertThat(cos.rate(0.2, 100)).isEqualTo(0);
    assertThat(Schedule.parse("cosine", 40)).isEqualTo(new Schedule.Cosine(40));
  }

  @Test
  void scheduledRunReportsEachStepsRate() {
    Trajectory t = Trajectory.of(new Run(F, new double[] {1}, new GradientDescent(), 0.8, Schedule.parse("invsqrt", 4),
        Clipping.none(), 4));
    assertThat(t.rows().get(0).eta()).isNaN();
    assertThat(t.rows().get(4).eta()).isCloseTo(0.4, within(1e-15));
  }

  @Test
  void badSettingsAreRefusedWithAReason() {
    assertThatThrownBy(() -> OptimizerForm.make("adamx")).isInstanceOf(DescentException.class)
        .hasMessageContaining("unknown optimizer").hasMessageContaining("adamw");
    assertThatThrownBy(() -> OptimizerForm.GD.make(java.util.Map.of("beta", 0.9))).hasMessageContaining("no setting beta");
    assertThatThrownBy(() -> OptimizerForm.ADAM.make(java.util.Map.of("mu", 0.9)))
        .hasMessageContaining("adam has no setting mu (it takes beta1, beta2, eps)");
    assertThatThrownBy(() -> OptimizerForm.MOMENTUM.make(java.util.Map.of("beta", 1.0))).hasMessageContaining("below 1");
    assertThatThrownBy(() -> OptimizerForm.ADAMW.make(java.util.Map.of("weight_decay", -0.1)))
        .hasMessageContaining("weight_decay must be zero or a small positive number");
    assertThatThrownBy(() -> Schedule.parse("step:gamma=0.5", 10)).hasMessageContaining("every");
    assertThatThrownBy(() -> Schedule.parse("warmup", 10)).hasMessageContaining("unknown schedule");
    assertThatThrownBy(() -> Run.gradientDescent(F, new double[] {1}, -0.1, 3)).hasMessageContaining("positive");
    assertThatThrownBy(() -> Run.gradientDescent(F, new double[] {1}, 0.1, 2_000_000_000))
        .hasMessageContaining("number of steps");
  }
}
