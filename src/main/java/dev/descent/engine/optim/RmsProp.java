package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * RMSProp: v ← βv + (1−β)g², x ← x − ηg/(√v + ε). The ε sits outside the square root, as in the
 * course's code; some texts put it inside, which changes only the smallest steps.
 */
public record RmsProp(double beta, double eps) implements Optimizer {
  public RmsProp {
    Optimizer.decayRate("beta", beta);
    Optimizer.epsilon(eps);
  }

  @Override public String name() { return "rmsprop"; }

  @Override public List<String> stateNames() { return List.of("v"); }

  @Override public Map<String, Double> hyperparameters() { return Optimizer.params("beta", beta, "eps", eps); }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle gradient, double[][] state, double eta, int t) {
    double[] v = state[0];
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = beta * v[i] + (1 - beta) * g[i] * g[i];
      next[i] = x[i] - eta * g[i] / (Math.sqrt(v[i]) + eps);
    }
    return next;
  }
}
