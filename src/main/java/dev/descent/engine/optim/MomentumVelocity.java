package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * Momentum with the rate inside the velocity. At a constant rate it moves
 * exactly as {@link Momentum} with β = μ (its v is η times that v); under a schedule it moves as
 * {@link HeavyBall}.
 */
public record MomentumVelocity(double mu) implements Optimizer {
  public MomentumVelocity {
    HyperParameter.MU.check(mu);
  }

  @Override public OptimizerForm form() { return OptimizerForm.MOMENTUM_VELOCITY; }

  @Override public Map<String, Double> hyperparameters() { return form().values(mu); }

  @Override public List<String> formula() { return List.of("v ← μ·v + η·g", "x ← x − v"); }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t) {
    double[] v = state[0];
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = mu * v[i] + eta * g[i];
      next[i] = x[i] - v[i];
    }
    return next;
  }
}
