package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The adaptive forms the notes write besides the course's: ε inside the root, Adam without bias
 * correction, and AdamW. Each expected value is worked by hand from the form's formula on
 * f(w) = w² (gradient 2w) from w = 1 at η = 0.1.
 */
class AdaptiveFormsTest {
  private static final Objective SQUARE = Expression.parse("w^2").bind();

  private static Trajectory run(Objective f, Optimizer opt, int steps) {
    return Trajectory.of(new Run(f, new double[] {1}, opt, 0.1, new Schedule.Constant(), Clipping.none(), steps));
  }

  private static double w(Trajectory t, int k) {
    return t.rows().get(k).point()[0];
  }

  @Test
  void epsInsideTheRootForRmsProp() {
    // eps = 0.01 to make the two visible: v1 = 0.1*4 = 0.4; inside w1 = 1 - 0.2/sqrt(0.41) = 0.687652...,
    // outside w1 = 1 - 0.2/(sqrt(0.4) + 0.01) = 0.689637...
    Optimizer inside = OptimizerForm.RMSPROP_EPS_INSIDE.make(Map.of("eps", 0.01));
    Optimizer outside = OptimizerForm.RMSPROP.make(Map.of("eps", 0.01));
    assertThat(w(run(SQUARE, inside, 1), 1)).isCloseTo(1 - 0.2 / Math.sqrt(0.41), within(1e-15));
    assertThat(w(run(SQUARE, outside, 1), 1)).isCloseTo(1 - 0.2 / (Math.sqrt(0.4) + 0.01), within(1e-15));
    assertThat(inside.rule()).contains("√(v + 0.01)");
  }

  @Test
  void epsInsideTheRootForAdaGrad() {
    // G1 = 4: inside w1 = 1 - 0.2/sqrt(4.01) = 0.900124..., outside w1 = 1 - 0.2/2.01 = 0.900497...;
    // G2 = 4 + (2 w1)^2.
    Trajectory t = run(SQUARE, OptimizerForm.ADAGRAD_EPS_INSIDE.make(Map.of("eps", 0.01)), 2);
    double w1 = 1 - 0.2 / Math.sqrt(4.01);
    assertThat(w(t, 1)).isCloseTo(w1, within(1e-15));
    double g = 2 * w1;
    assertThat(t.rows().get(2).state("G")[0]).isCloseTo(4 + g * g, within(1e-14));
    assertThat(w(t, 2)).isCloseTo(w1 - 0.1 * g / Math.sqrt(4 + g * g + 0.01), within(1e-15));
    assertThat(w(run(SQUARE, OptimizerForm.ADAGRAD.make(Map.of("eps", 0.01)), 1), 1)).isCloseTo(1 - 0.2 / 2.01,
        within(1e-15));
  }

  @Test
  void adamWithoutBiasCorrectionTakesAFirstStepAboutThreeTimesAdams() {
    // m1 = 0.1*2 = 0.2, v1 = 0.001*4 = 0.004: w1 = 1 - 0.1*0.2/(sqrt(0.004) + 1e-8) = 0.683772...,
    // a move of 0.1*0.2/0.0632456 = 0.316228 = eta*(1 - beta1)/sqrt(1 - beta2), against Adam's 0.1.
    Trajectory plain = run(SQUARE, OptimizerForm.make("adam-nobias"), 2);
    Trajectory corrected = run(SQUARE, OptimizerForm.make("adam"), 1);
    double w1 = 1 - 0.1 * 0.2 / (Math.sqrt(0.004) + 1e-8);
    assertThat(w(plain, 1)).isCloseTo(w1, within(1e-15));
    assertThat((1 - w(plain, 1)) / (1 - w(corrected, 1))).isCloseTo(0.1 / Math.sqrt(0.001), within(1e-6));
    // Step 2: g = 2 w1, m2 = 0.9*0.2 + 0.1 g, v2 = 0.999*0.004 + 0.001 g^2, no division by 1 - beta^t.
    double g = 2 * w1;
    double m2 = 0.9 * 0.2 + 0.1 * g;
    double v2 = 0.999 * 0.004 + 0.001 * g * g;
    assertThat(plain.rows().get(2).state("m")[0]).isCloseTo(m2, within(1e-15));
    assertThat(plain.rows().get(2).state("v")[0]).isCloseTo(v2, within(1e-15));
    assertThat(w(plain, 2)).isCloseTo(w1 - 0.1 * m2 / (Math.sqrt(v2) + 1e-8), within(1e-15));
    assertThat(plain.rows().get(2).stateNames()).containsExactly("m", "v");
  }

  @Test
  void adamWDecaysFirstThenTakesAdamsStep() {
    // PyTorch's AdamW: x <- x(1 - eta*lambda), then x <- x - eta*m_hat/(sqrt(v_hat) + eps), with g the
    // gradient before the decay. lambda = 0.01: w1 = 0.999 - 0.1*2/(2 + 1e-8) = 0.8990000005.
    Trajectory t = run(SQUARE, OptimizerForm.ADAMW.make(Map.of("weight_decay", 0.01)), 2);
    double w1 = 0.999 - 0.1 * 2 / (2 + 1e-8);
    assertThat(w(t, 1)).isCloseTo(0.8990000005, within(1e-15)).isCloseTo(w1, within(1e-16));
    double g = 2 * w1;
    double mHat = (0.9 * 0.2 + 0.1 * g) / (1 - 0.81);
    double vHat = (0.999 * 0.004 + 0.001 * g * g) / (1 - 0.999 * 0.999);
    assertThat(w(t, 2)).isCloseTo(w1 * (1 - 0.001) - 0.1 * mHat / (Math.sqrt(vHat) + 1e-8), within(1e-15));
  }

  @Test
  void adamWIsNotAdamOnAnL2Penalty() {
    // Adam on w^2 + 0.005 w^2 (the same lambda as a loss term): its first step is eta*g/|g| = 0.1,
    // so w1 = 0.9000000005..., while AdamW's decay moves w by a further eta*lambda*w = 0.001.
    Objective penalised = Expression.parse("w^2 + 0.005*w^2").bind();
    double adamL2 = w(run(penalised, OptimizerForm.make("adam"), 1), 1);
    double adamW = w(run(SQUARE, OptimizerForm.ADAMW.make(Map.of("weight_decay", 0.01)), 1), 1);
    assertThat(adamL2).isCloseTo(1 - 0.1 * 2.01 / (2.01 + 1e-8), within(1e-15));
    assertThat(adamL2 - adamW).isCloseTo(0.001, within(1e-11));
  }

  @Test
  void adamWWithoutDecayIsAdam() {
    Trajectory w = run(SQUARE, OptimizerForm.ADAMW.make(Map.of("weight_decay", 0.0)), 50);
    Trajectory a = run(SQUARE, OptimizerForm.make("adam"), 50);
    for (int k = 0; k <= 50; k++) {
      assertThat(w(w, k)).isEqualTo(w(a, k));
    }
  }

  @Test
  void theDefaultWeightDecayIsPyTorchs() {
    assertThat(OptimizerForm.make("adamw").hyperparameters()).containsEntry("weight_decay", 0.01);
  }
}
