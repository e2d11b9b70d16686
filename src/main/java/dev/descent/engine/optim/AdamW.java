package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * AdamW, Adam with decoupled weight decay, in PyTorch's order: the decay first, then Adam's step,
 * with the moments of the gradient taken before the decay. Together: x ← x − η(m̂/(√v̂ + ε) + λx).
 * The decay never enters m or v, unlike an L2 term in the loss.
 */
public record AdamW(double beta1, double beta2, double eps, double weightDecay) implements Optimizer {
  public AdamW {
    HyperParameter.BETA1.check(beta1);
    HyperParameter.BETA2.check(beta2);
    HyperParameter.EPS.check(eps);
    HyperParameter.WEIGHT_DECAY.check(weightDecay);
  }

  @Override public OptimizerForm form() { return OptimizerForm.ADAMW; }

  @Override public Map<String, Double> hyperparameters() { return form().values(beta1, beta2, eps, weightDecay); }

  @Override public List<String> formula() {
    return List.of("x ← x·(1 − η·λ)   (g stays the gradient before this)", "m ← β₁·m + (1 − β₁)·g",
        "v ← β₂·v + (1 − β₂)·g²", "m̂ = m/(1 − β₁ᵗ)", "v̂ = v/(1 − β₂ᵗ)", "x ← x − η·m̂/(√v̂ + ε)");
  }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t) {
    Adam.moments(state, g, beta1, beta2, t);
    double[] mHat = state[2];
    double[] vHat = state[3];
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double decayed = x[i] * (1 - eta * weightDecay);
      next[i] = decayed - eta * mHat[i] / (Math.sqrt(vHat[i]) + eps);
    }
    return next;
  }
}
