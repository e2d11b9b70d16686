package dev.descent.engine.model;

import dev.descent.engine.DescentException;

/** One training example (x, y). */
public record Sample(double x, double y) {
  public Sample {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new DescentException("a sample needs finite x and y, got (" + x + ", " + y + ")");
    }
  }
}
