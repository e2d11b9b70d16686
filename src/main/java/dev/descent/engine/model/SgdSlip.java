package dev.descent.engine.model;

/**
 * The usual wrong ways of working an SGD step with several weights and a bias, each changing one
 * stage of {@link StepRule}; the ids are those of the one-weight step's mistakes.
 */
public enum SgdSlip implements StepRule {
  ADDED_GRADIENT("added-gradient") {
    @Override public double move(double eta, double g) { return eta * g; }
  },
  FORGOT_LEARNING_RATE("forgot-learning-rate") {
    @Override public double move(double eta, double g) { return -g; }
  },
  FORGOT_CHAIN_RULE_X("forgot-chain-rule-x") {
    @Override public double weightGradient(double error, double x) { return error; }
  },
  ERROR_SIGN("error-sign") {
    @Override public double error(double prediction, double y) { return y - prediction; }
  },
  SUMMED_BATCH("summed-batch") {
    @Override public boolean averages() { return false; }

    @Override boolean applies(Model model, int batchSize) { return batchSize > 1; }
  },
  USED_P_HAT("used-p-hat") {
    @Override public double error(double prediction, double y) { return prediction; }

    @Override boolean applies(Model model, int batchSize) { return model == Model.LOGISTIC; }
  },
  FORGOT_SIGMOID("forgot-sigmoid") {
    @Override public double prediction(Model model, double score) { return score; }

    @Override boolean applies(Model model, int batchSize) { return model == Model.LOGISTIC; }
  },
  DOUBLED_GRADIENT("doubled-gradient") {
    @Override public double weightGradient(double error, double x) { return 2 * error * x; }

    @Override public double biasGradient(double error) { return 2 * error; }

    @Override boolean applies(Model model, int batchSize) { return model == Model.LINEAR; }
  },
  BIAS_NOT_UPDATED("bias-not-updated") {
    @Override public double biasMove(double eta, double g) { return 0; }
  };

  private final String id;

  SgdSlip(String id) {
    this.id = id;
  }

  /** The mistake's id, shared with the one-weight step's. */
  public String id() {
    return id;
  }

  /** True when the slip can happen for this model and batch size. */
  boolean applies(Model model, int batchSize) {
    return true;
  }

  /** True when the slip can happen in {@code step}. */
  public boolean appliesTo(FeatureStep step) {
    return applies(step.model(), step.batch().size());
  }
}
