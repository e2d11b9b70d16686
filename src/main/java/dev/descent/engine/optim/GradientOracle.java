package dev.descent.engine.optim;

/** The gradient at any point, already clipped when clipping is on. */
@FunctionalInterface
public interface GradientOracle {
  /** The gradient at {@code x}, as a new array. */
  double[] at(double[] x);
}
