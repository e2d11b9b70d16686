package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/** Plain gradient descent. */
public record GradientDescent() implements Optimizer {
  @Override public OptimizerForm form() { return OptimizerForm.GD; }

  @Override public Map<String, Double> hyperparameters() { return Map.of(); }

  @Override public List<String> formula() { return List.of("x ← x − η·g"); }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t) {
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      next[i] = x[i] - eta * g[i];
    }
    return next;
  }
}
