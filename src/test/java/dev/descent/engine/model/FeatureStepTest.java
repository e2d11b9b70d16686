package dev.descent.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.DescentException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One SGD step with several weights and a bias, each number worked by hand: z = w·x + b,
 * prediction z (linear) or σ(z) (logistic), error prediction − y, gradients error·xⱼ and error,
 * means over the batch, and w − η·g, b − η·g_b.
 */
class FeatureStepTest {
  private static final double TOL = 1e-15;

  /** The batch of three: ((1, 0), 2), ((0, 2), 0), ((1, 1), 3) at w = (1, -1), b = 0.5, eta = 0.1. */
  private static FeatureStep batch(StepRule rule) {
    List<FeatureSample> samples = List.of(new FeatureSample(new double[] {1, 0}, 2),
        new FeatureSample(new double[] {0, 2}, 0), new FeatureSample(new double[] {1, 1}, 3));
    return FeatureStep.take(Model.LINEAR, new double[] {1, -1}, 0.5, samples, 0.1, rule);
  }

  @Test
  void theNotesLinearStepWithASecondFeatureAndABias() {
    // w = (0, 0), b = 0, x = (2, 1), y = 1, eta = 0.1: z = 0, error -1, gradients (-2, -1) and -1,
    // new w = (0.2, 0.1), new b = 0.1 (the first weight is notes 000's 0.2); loss 0.5, then
    // z = 0.4 + 0.1 + 0.1 = 0.6 and 0.5*(0.6 - 1)^2 = 0.08.
    FeatureStep s = FeatureStep.take(Model.LINEAR, new double[] {0, 0}, 0, List.of(new FeatureSample(new double[] {2, 1}, 1)), 0.1);
    assertThat(s.predictions()).containsExactly(0);
    assertThat(s.errors()).containsExactly(-1);
    assertThat(s.gradient()).containsExactly(-2, -1);
    assertThat(s.biasGradient()).isEqualTo(-1);
    assertThat(s.newW()).containsExactly(new double[] {0.2, 0.1}, within(TOL));
    assertThat(s.newB()).isCloseTo(0.1, within(TOL));
    assertThat(s.lossBefore()).isEqualTo(0.5);
    assertThat(s.lossAfter()).isCloseTo(0.08, within(TOL));
  }

  @Test
  void theNotesLogisticStepWithASecondFeatureAndABias() {
    // w = (0, 0), b = 0, x = (1, 2), y = 1, eta = 0.5: p = 0.5, error -0.5, gradients (-0.5, -1), -0.5;
    // new w = (0.25, 0.5), new b = 0.25 (notes 000: p = 0.5, gradient -0.5, w = 0.25).
    FeatureStep s = FeatureStep.take(Model.LOGISTIC, new double[] {0, 0}, 0, List.of(new FeatureSample(new double[] {1, 2}, 1)), 0.5);
    assertThat(s.predictions()).containsExactly(0.5);
    assertThat(s.gradient()).containsExactly(-0.5, -1);
    assertThat(s.newW()).containsExactly(0.25, 0.5);
    assertThat(s.newB()).isEqualTo(0.25);
    assertThat(s.lossBefore()).isCloseTo(Math.log(2), within(TOL));
  }

  @Test
  void oneFeatureWithoutBiasMovesItsWeightAsTheOneWeightStep() {
    FeatureStep many = FeatureStep.take(Model.LOGISTIC, new double[] {0.3}, 0, List.of(new FeatureSample(new double[] {1.5}, 0),
        new FeatureSample(new double[] {-2}, 1)), 0.4);
    SgdStep one = SgdStep.take(Model.LOGISTIC, 0.3, List.of(new Sample(1.5, 0), new Sample(-2, 1)), 0.4);
    assertThat(many.newW()[0]).isCloseTo(one.newW(), within(TOL));
    assertThat(many.gradient()[0]).isCloseTo(one.gradient(), within(TOL));
  }

  @Test
  void aMiniBatchAveragesEachGradient() {
    // z = 1.5, -1.5, 0.5; errors -0.5, -1.5, -2.5; gradients (-0.5, 0), (0, -3), (-2.5, -2.5);
    // means (-1, -11/6) and -1.5; new w = (1.1, -1 + 0.55/3), new b = 0.65.
    FeatureStep s = batch(StepRule.RIGHT);
    assertThat(s.scores()).containsExactly(new double[] {1.5, -1.5, 0.5}, within(TOL));
    assertThat(s.errors()).containsExactly(new double[] {-0.5, -1.5, -2.5}, within(TOL));
    assertThat(s.gradients()[1]).containsExactly(0, -3);
    assertThat(s.gradient()).containsExactly(new double[] {-1, -11.0 / 6}, within(TOL));
    assertThat(s.biasGradient()).isCloseTo(-1.5, within(TOL));
    assertThat(s.newW()).containsExactly(new double[] {1.1, -1 + 0.55 / 3}, within(TOL));
    assertThat(s.newB()).isCloseTo(0.65, within(TOL));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // slip,               new w1, new w2,          new b    (from the batch above, by hand)
      "ADDED_GRADIENT,       0.9,   -1.1833333333333333, 0.35",
      "FORGOT_LEARNING_RATE, 2,      0.8333333333333333, 2",
      "FORGOT_CHAIN_RULE_X,  1.15,  -0.85,               0.65",
      "SUMMED_BATCH,         1.3,   -0.45,               0.95",
      "DOUBLED_GRADIENT,     1.2,   -0.6333333333333333, 0.8",
      "BIAS_NOT_UPDATED,     1.1,   -0.8166666666666667, 0.5",
      "ERROR_SIGN,           0.9,   -1.1833333333333333, 0.35",
  })
  void eachUsualMistakeChangesOneStage(SgdSlip slip, double w1, double w2, double b) {
    FeatureStep s = batch(slip);
    assertThat(s.newW()).containsExactly(new double[] {w1, w2}, within(1e-14));
    assertThat(s.newB()).isCloseTo(b, within(1e-14));
  }

  @Test
  void theLogisticSlipsWorkOnTheSigmoid() {
    // x = (1, 2), y = 1, w = (0, 0), b = 0: z = 0. Used p_hat: gradients (0.5, 1); forgot the
    // sigmoid: prediction z = 0, error -1, gradients (-1, -2).
    List<FeatureSample> one = List.of(new FeatureSample(new double[] {1, 2}, 1));
    FeatureStep pHat = FeatureStep.take(Model.LOGISTIC, new double[] {0, 0}, 0, one, 0.5, SgdSlip.USED_P_HAT);
    FeatureStep noSigmoid = FeatureStep.take(Model.LOGISTIC, new double[] {0, 0}, 0, one, 0.5, SgdSlip.FORGOT_SIGMOID);
    assertThat(pHat.gradient()).containsExactly(0.5, 1);
    assertThat(noSigmoid.predictions()).containsExactly(0);
    assertThat(noSigmoid.gradient()).containsExactly(-1, -2);
    assertThat(SgdSlip.USED_P_HAT.appliesTo(pHat)).isTrue();
    assertThat(SgdSlip.DOUBLED_GRADIENT.appliesTo(pHat)).isFalse();
    assertThat(SgdSlip.SUMMED_BATCH.appliesTo(pHat)).isFalse();
  }

  @Test
  void theStepIsOneGradientStepOnTheMeanLoss() {
    // The same step by another road: automatic differentiation of the batch's mean loss written
    // as a function of (w1, w2, b), and one step of gradient descent at the same rate.
    String z1 = "(w1*1 + w2*0 + b)";
    String z2 = "(w1*0 + w2*2 + b)";
    String z3 = "(w1*1 + w2*1 + b)";
    String linear = "((" + z1 + " - 2)^2 + (" + z2 + " - 0)^2 + (" + z3 + " - 3)^2)/6";
    String logistic = "-(log(sigmoid(" + z1 + ")) + log(1 - sigmoid(" + z2 + ")) + log(sigmoid(" + z3 + ")))/3";
    List<FeatureSample> linearBatch = batch(StepRule.RIGHT).batch();
    List<FeatureSample> logisticBatch = List.of(new FeatureSample(new double[] {1, 0}, 1),
        new FeatureSample(new double[] {0, 2}, 0), new FeatureSample(new double[] {1, 1}, 1));
    for (Object[] c : new Object[][] {{Model.LINEAR, linear, linearBatch}, {Model.LOGISTIC, logistic, logisticBatch}}) {
      var f = dev.descent.engine.expr.Expression.parse((String) c[1]).bind(List.of("w1", "w2", "b"));
      var run = dev.descent.engine.optim.Run.gradientDescent(f, new double[] {1, -1, 0.5}, 0.1, 1);
      double[] next = dev.descent.engine.optim.Trajectory.of(run).last().point();
      @SuppressWarnings("unchecked")
      FeatureStep s = FeatureStep.take((Model) c[0], new double[] {1, -1}, 0.5, (List<FeatureSample>) c[2], 0.1);
      assertThat(s.newW()).containsExactly(new double[] {next[0], next[1]}, within(1e-14));
      assertThat(s.newB()).isCloseTo(next[2], within(1e-14));
      assertThat(s.lossBefore()).isCloseTo(f.value(new double[] {1, -1, 0.5}), within(1e-14));
    }
  }

  @Test
  void featuresAndWeightsMustMatch() {
    assertThatThrownBy(() -> FeatureStep.take(Model.LINEAR, new double[] {1, 2}, 0,
        List.of(new FeatureSample(new double[] {1, 2, 3}, 0)), 0.1))
        .isInstanceOf(DescentException.class).hasMessageContaining("sample 1 has 3 features but there are 2 weights");
  }
}
