package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Adam without bias correction. Its first step is (1−β₁)/√(1−β₂) ≈ 3.16 times Adam's for the default
 * β's: the reason for the correction.
 */
public record AdamNoBias(double beta1, double beta2, double eps) implements Optimizer {
  public AdamNoBias {
    HyperParameter.BETA1.check(beta1);
    HyperParameter.BETA2.check(beta2);
    HyperParameter.EPS.check(eps);
  }

  @Override public OptimizerForm form() { return OptimizerForm.ADAM_NOBIAS; }

  @Override public Map<String, Double> hyperparameters() { return form().values(beta1, beta2, eps); }

  @Override public List<String> formula() {
    return List.of("m ← β₁·m + (1 − β₁)·g", "v ← β₂·v + (1 − β₂)·g²", "x ← x − η·m/(√v + ε)");
  }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t) {
    double[] m = state[0];
    double[] v = state[1];
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
      next[i] = x[i] - eta * m[i] / (Math.sqrt(v[i]) + eps);
    }
    return next;
  }
}
