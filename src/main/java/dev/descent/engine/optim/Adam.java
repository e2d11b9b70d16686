package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Adam with bias correction. The corrected moments m̂ and v̂ are kept as state so that they can be
 * shown and asked for.
 */
public record Adam(double beta1, double beta2, double eps) implements Optimizer {
  public Adam {
    HyperParameter.BETA1.check(beta1);
    HyperParameter.BETA2.check(beta2);
    HyperParameter.EPS.check(eps);
  }

  @Override public OptimizerForm form() { return OptimizerForm.ADAM; }

  @Override public Map<String, Double> hyperparameters() { return form().values(beta1, beta2, eps); }

  @Override public List<String> formula() {
    return List.of("m ← β₁·m + (1 − β₁)·g", "v ← β₂·v + (1 − β₂)·g²", "m̂ = m/(1 − β₁ᵗ)", "v̂ = v/(1 − β₂ᵗ)",
        "x ← x − η·m̂/(√v̂ + ε)");
  }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t) {
    moments(state, g, beta1, beta2, t);
    double[] mHat = state[2];
    double[] vHat = state[3];
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      next[i] = x[i] - eta * mHat[i] / (Math.sqrt(vHat[i]) + eps);
    }
    return next;
  }

  /** Updates m, v and their corrections m̂, v̂ (state 0 to 3) with the gradient of step t. */
  static void moments(double[][] state, double[] g, double beta1, double beta2, int t) {
    double[] m = state[0];
    double[] v = state[1];
    double c1 = 1 - Math.pow(beta1, t);
    double c2 = 1 - Math.pow(beta2, t);
    for (int i = 0; i < g.length; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
      state[2][i] = m[i] / c1;
      state[3][i] = v[i] / c2;
    }
  }
}
