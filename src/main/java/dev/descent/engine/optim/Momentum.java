package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/** Heavy-ball momentum in velocity form: v ← βv + g, x ← x − ηv. */
public record Momentum(double beta) implements Optimizer {
  public Momentum {
    Optimizer.decayRate("beta", beta);
  }

  @Override public String name() { return "momentum"; }

  @Override public List<String> stateNames() { return List.of("v"); }

  @Override public Map<String, Double> hyperparameters() { return Optimizer.params("beta", beta); }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle gradient, double[][] state, double eta, int t) {
    double[] v = state[0];
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = beta * v[i] + g[i];
      next[i] = x[i] - eta * v[i];
    }
    return next;
  }
}
