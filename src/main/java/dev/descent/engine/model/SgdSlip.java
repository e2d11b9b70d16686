package dev.descent.engine.model;

/**
 * The usual wrong ways of working an SGD step (with one weight, or several and a bias), each changing
 * one stage of {@link StepRule}. Their ids and sentences are the catalogue's, outside the engine.
 */
public enum SgdSlip implements StepRule {
  ADDED_GRADIENT {
    @Override public double move(double eta, double g) { return eta * g; }
  },
  FORGOT_LEARNING_RATE {
    @Override public double move(double eta, double g) { return -g; }
  },
  FORGOT_CHAIN_RULE_X {
    @Override public double weightGradient(double error, double x) { return error; }
  },
  ERROR_SIGN {
    @Override public double error(double prediction, double y) { return y - prediction; }
  },
  SUMMED_BATCH {
    @Override public boolean averages() { return false; }

    @Override boolean applies(Model model, int batchSize) { return batchSize > 1; }
  },
  USED_P_HAT {
    @Override public double error(double prediction, double y) { return prediction; }

    @Override boolean applies(Model model, int batchSize) { return model == Model.LOGISTIC; }
  },
  FORGOT_SIGMOID {
    @Override public double prediction(Model model, double score) { return score; }

    @Override boolean applies(Model model, int batchSize) { return model == Model.LOGISTIC; }
  },
  DOUBLED_GRADIENT {
    @Override public double weightGradient(double error, double x) { return 2 * error * x; }

    @Override public double biasGradient(double error) { return 2 * error; }

    @Override boolean applies(Model model, int batchSize) { return model == Model.LINEAR; }
  },
  BIAS_NOT_UPDATED {
    @Override public double biasMove(double eta, double g) { return 0; }
  };

  /** True when the slip can happen for this model and batch size. */
  boolean applies(Model model, int batchSize) {
    return true;
  }

  /** True when the slip can happen in {@code step}. */
  public boolean appliesTo(FeatureStep step) {
    return applies(step.model(), step.batch().size());
  }
}
