package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/** AdaGrad, per coordinate, with ε after the square root or inside it. */
public record AdaGrad(double eps, EpsPlacement placement) implements Optimizer {
  public AdaGrad {
    HyperParameter.EPS.check(eps);
  }

  /** The course's form, ε outside the root. */
  public AdaGrad(double eps) {
    this(eps, EpsPlacement.OUTSIDE);
  }

  @Override public OptimizerForm form() {
    return placement == EpsPlacement.OUTSIDE ? OptimizerForm.ADAGRAD : OptimizerForm.ADAGRAD_EPS_INSIDE;
  }

  @Override public Map<String, Double> hyperparameters() { return form().values(eps); }

  @Override public List<String> formula() { return List.of("G ← G + g²", "x ← x − η·g" + placement.written("G")); }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t) {
    double[] sum = state[0];
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      sum[i] += g[i] * g[i];
      next[i] = x[i] - eta * placement.divide(g[i], sum[i], eps);
    }
    return next;
  }
}
