package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Adam with bias correction: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², m̂ = m/(1−β₁ᵗ),
 * v̂ = v/(1−β₂ᵗ), x ← x − η m̂/(√v̂ + ε). The corrected moments are kept as state so that they
 * can be shown and asked for.
 */
public record Adam(double beta1, double beta2, double eps) implements Optimizer {
  public Adam {
    Optimizer.decayRate("beta1", beta1);
    Optimizer.decayRate("beta2", beta2);
    Optimizer.epsilon(eps);
  }

  @Override public String name() { return "adam"; }

  @Override public List<String> stateNames() { return List.of("m", "v", "m_hat", "v_hat"); }

  @Override public Map<String, Double> hyperparameters() {
    return Optimizer.params("beta1", beta1, "beta2", beta2, "eps", eps);
  }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle gradient, double[][] state, double eta, int t) {
    double[] m = state[0];
    double[] v = state[1];
    double[] mHat = state[2];
    double[] vHat = state[3];
    double c1 = 1 - Math.pow(beta1, t);
    double c2 = 1 - Math.pow(beta2, t);
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
      mHat[i] = m[i] / c1;
      vHat[i] = v[i] / c2;
      next[i] = x[i] - eta * mHat[i] / (Math.sqrt(vHat[i]) + eps);
    }
    return next;
  }
}
