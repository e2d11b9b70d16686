package dev.descent.engine.model;

/**
 * The two models of the course, linear and logistic, with one weight or several and a bias. Both
 * have the gradient (prediction − y)·x, which is why one SGD step is computed the same way for each.
 */
public enum Model {
  /** ŷ = wx with loss ½(wx − y)². */
  LINEAR {
    @Override public double ofScore(double z) { return z; }

    @Override public double loss(double prediction, double y) {
      double e = prediction - y;
      return 0.5 * e * e;
    }
  },
  /** p̂ = σ(wx) with log-loss −[y log p̂ + (1 − y) log(1 − p̂)]. */
  LOGISTIC {
    @Override public double ofScore(double z) { return sigmoid(z); }

    @Override public double loss(double prediction, double y) {
      double p = Math.min(Math.max(prediction, 1e-300), 1 - 1e-16);
      return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    }
  };

  /** The prediction ŷ (linear) or p̂ (logistic) for the score z = w·x (+ b). */
  public abstract double ofScore(double z);

  /** The prediction ŷ (linear) or p̂ (logistic) of the one-weight model for input {@code x}. */
  public double predict(double w, double x) {
    return ofScore(w * x);
  }

  /** The loss of one example given the prediction. */
  public abstract double loss(double prediction, double y);

  /** The error (prediction − y); times x it is the gradient with respect to w. */
  public double error(double prediction, double y) {
    return prediction - y;
  }

  /** The logistic function 1/(1 + e^−z), computed without overflow. */
  public static double sigmoid(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }
}
