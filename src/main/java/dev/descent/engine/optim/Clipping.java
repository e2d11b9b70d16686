package dev.descent.engine.optim;

import dev.descent.engine.Decimal;
import dev.descent.engine.DescentException;

/** Gradient-norm clipping: when ‖g‖ > τ the gradient is scaled to g·τ/‖g‖; τ = ∞ turns it off. */
public record Clipping(double tau) {
  public Clipping {
    if (!(tau > 0)) {
      throw new DescentException("the clipping threshold must be a positive number, got " + Decimal.of(tau));
    }
  }

  /** No clipping. */
  public static Clipping none() {
    return new Clipping(Double.POSITIVE_INFINITY);
  }

  /** True when this clips at all. */
  public boolean isOn() {
    return tau != Double.POSITIVE_INFINITY;
  }

  /** True when {@code g} would be clipped. */
  public boolean clips(double[] g) {
    return norm(g) > tau;
  }

  /** {@code g}, scaled down to norm τ when longer; always a new array. */
  public double[] apply(double[] g) {
    double n = norm(g);
    double[] out = g.clone();
    if (n > tau) {
      double scale = tau / n;
      for (int i = 0; i < out.length; i++) {
        out[i] *= scale;
      }
    }
    return out;
  }

  /** The Euclidean norm. */
  public static double norm(double[] g) {
    double largest = 0;
    for (double v : g) {
      largest = Math.max(largest, Math.abs(v));
    }
    if (largest == 0 || !Double.isFinite(largest)) {
      return largest;
    }
    double sum = 0;
    for (double v : g) {
      double r = v / largest;
      sum += r * r;
    }
    return largest * Math.sqrt(sum);
  }
}
