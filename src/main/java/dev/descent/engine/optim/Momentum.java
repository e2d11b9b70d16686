package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/** Momentum in the course's form: the velocity sums the gradients. */
public record Momentum(double beta) implements Optimizer {
  public Momentum {
    HyperParameter.BETA.check(beta);
  }

  @Override public OptimizerForm form() { return OptimizerForm.MOMENTUM; }

  @Override public Map<String, Double> hyperparameters() { return form().values(beta); }

  @Override public List<String> formula() { return List.of("v ← β·v + g", "x ← x − η·v"); }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t) {
    double[] v = state[0];
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = beta * v[i] + g[i];
      next[i] = x[i] - eta * v[i];
    }
    return next;
  }
}
