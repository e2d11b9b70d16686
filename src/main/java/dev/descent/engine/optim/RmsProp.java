package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * RMSProp. The course's code puts ε outside the square root; the notes' formulas put it inside, the
 * form with {@link EpsPlacement#INSIDE}.
 */
public record RmsProp(double beta, double eps, EpsPlacement placement) implements Optimizer {
  public RmsProp {
    HyperParameter.BETA.check(beta);
    HyperParameter.EPS.check(eps);
  }

  /** The course's form, ε outside the root. */
  public RmsProp(double beta, double eps) {
    this(beta, eps, EpsPlacement.OUTSIDE);
  }

  @Override public OptimizerForm form() {
    return placement == EpsPlacement.OUTSIDE ? OptimizerForm.RMSPROP : OptimizerForm.RMSPROP_EPS_INSIDE;
  }

  @Override public Map<String, Double> hyperparameters() { return form().values(beta, eps); }

  @Override public List<String> formula() {
    return List.of("v ← β·v + (1 − β)·g²", "x ← x − η·g" + placement.written("v"));
  }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t) {
    double[] v = state[0];
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = beta * v[i] + (1 - beta) * g[i] * g[i];
      next[i] = x[i] - eta * placement.divide(g[i], v[i], eps);
    }
    return next;
  }
}
