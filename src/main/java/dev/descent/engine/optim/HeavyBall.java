package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Polyak's heavy ball: the last move, scaled by μ, is made again; x_prev, its state, is the point before x.
 * The first step has no move to repeat, so it is a plain gradient step (x_prev starts at x).
 */
public record HeavyBall(double mu) implements Optimizer {
  public HeavyBall {
    HyperParameter.MU.check(mu);
  }

  @Override public OptimizerForm form() { return OptimizerForm.HEAVY_BALL; }

  @Override public Map<String, Double> hyperparameters() { return form().values(mu); }

  @Override public List<String> formula() {
    return List.of("x ← x − η·g + μ·(x − x_prev)", "(x_prev is the point before x; at the start x_prev = x)");
  }

  @Override public double[][] initialState(double[] start) {
    return new double[][] {start.clone()};
  }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t) {
    double[] prev = t == 1 ? x : state[0];
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      next[i] = x[i] - eta * g[i] + mu * (x[i] - prev[i]);
    }
    System.arraycopy(x, 0, state[0], 0, x.length);
    return next;
  }
}
