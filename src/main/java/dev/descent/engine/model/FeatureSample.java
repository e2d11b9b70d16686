package dev.descent.engine.model;

import dev.descent.engine.Decimal;
import dev.descent.engine.DescentException;

/** One training example with several features: the inputs x₁ … x_d and the target y. */
public record FeatureSample(double[] x, double y) {
  public FeatureSample {
    if (x.length == 0) {
      throw new DescentException("a sample needs at least one feature");
    }
    for (double v : x) {
      if (!Double.isFinite(v)) {
        throw new DescentException("a sample needs finite features, got " + Decimal.of(v));
      }
    }
    if (!Double.isFinite(y)) {
      throw new DescentException("a sample needs a finite y, got " + Decimal.of(y));
    }
    x = x.clone();
  }

  @Override
  public double[] x() {
    return x.clone();
  }
}
