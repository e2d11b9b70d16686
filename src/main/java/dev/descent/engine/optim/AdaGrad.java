package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/** AdaGrad: G ← G + g², x ← x − ηg/(√G + ε), per coordinate. */
public record AdaGrad(double eps) implements Optimizer {
  public AdaGrad {
    Optimizer.epsilon(eps);
  }

  @Override public String name() { return "adagrad"; }

  @Override public List<String> stateNames() { return List.of("G"); }

  @Override public Map<String, Double> hyperparameters() { return Optimizer.params("eps", eps); }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle gradient, double[][] state, double eta, int t) {
    double[] sum = state[0];
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      sum[i] += g[i] * g[i];
      next[i] = x[i] - eta * g[i] / (Math.sqrt(sum[i]) + eps);
    }
    return next;
  }
}
