package dev.descent.engine.model;

/**
 * How an SGD step of a model with weights and a bias is worked, one stage a method: the
 * prediction from the score, the error, each sample's gradient, how the batch is combined and how
 * the weights move. The right rule is this interface's defaults; each usual mistake
 * ({@link SgdSlip}) changes one stage.
 */
public interface StepRule {
  /** The rule as it should be. */
  StepRule RIGHT = new StepRule() {};

  /** The prediction for the score z = w·x + b. */
  default double prediction(Model model, double score) {
    return model.ofScore(score);
  }

  /** The error of one sample: prediction − y. */
  default double error(double prediction, double y) {
    return prediction - y;
  }

  /** One sample's gradient for the weight of feature x: error·x. */
  default double weightGradient(double error, double x) {
    return error * x;
  }

  /** One sample's gradient for the bias: the error (its feature is 1). */
  default double biasGradient(double error) {
    return error;
  }

  /** True when the batch's gradients are averaged (as they should be), false when summed. */
  default boolean averages() {
    return true;
  }

  /** The change of a weight with mean gradient g at rate η: −ηg. */
  default double move(double eta, double g) {
    return -eta * g;
  }

  /** The change of the bias with mean gradient g at rate η: −ηg. */
  default double biasMove(double eta, double g) {
    return move(eta, g);
  }
}
