package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/** Nesterov momentum: the gradient is taken at the look-ahead point. */
public record Nesterov(double beta) implements Optimizer {
  public Nesterov {
    HyperParameter.BETA.check(beta);
  }

  @Override public OptimizerForm form() { return OptimizerForm.NESTEROV; }

  @Override public Map<String, Double> hyperparameters() { return form().values(beta); }

  @Override public List<String> formula() { return List.of("v ← β·v + ∇f(x − η·β·v)", "x ← x − η·v"); }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t) {
    double[] v = state[0];
    double[] ahead = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      ahead[i] = x[i] - eta * beta * v[i];
    }
    double[] ga = oracle.at(ahead);
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = beta * v[i] + ga[i];
      next[i] = x[i] - eta * v[i];
    }
    return next;
  }
}
