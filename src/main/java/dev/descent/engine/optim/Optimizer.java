package dev.descent.engine.optim;

import dev.descent.engine.Decimal;
import java.util.List;
import java.util.Map;

/**
 * One of the update rules the course teaches, applied one step at a time with its state in the
 * open: each state vector is named (for example {@code v}, or {@code m}, {@code v}, {@code m_hat},
 * {@code v_hat} for Adam) and has one entry per coordinate.
 */
public sealed interface Optimizer permits GradientDescent, Momentum, Nesterov, AdaGrad, RmsProp, Adam {

  /** The name used on the command line and in lesson files, such as {@code adam}. */
  String name();

  /** The names of the state vectors, in the order {@link #step} keeps them. */
  List<String> stateNames();

  /** The hyper-parameters besides the learning rate, by name, for reports. */
  Map<String, Double> hyperparameters();

  /**
   * Takes step number {@code t} (1 for the first step) from {@code x}.
   *
   * @param x the current point, not modified
   * @param g the (possibly clipped) gradient at {@code x}
   * @param gradient the (possibly clipped) gradient anywhere, for rules that look ahead
   * @param state the state vectors in the order of {@link #stateNames}, updated in place
   * @param eta the learning rate of this step
   * @return the new point
   */
  double[] step(double[] x, double[] g, GradientOracle gradient, double[][] state, double eta, int t);

  /** Fresh state: every vector zero. */
  default double[][] initialState(int dimension) {
    return new double[stateNames().size()][dimension];
  }

  /** Hyper-parameters in the order given: name, value, name, value, … */
  static Map<String, Double> params(Object... nameValue) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      out.put((String) nameValue[i], (Double) nameValue[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Checks that a hyper-parameter lies in [0, 1). */
  static double decayRate(String name, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new dev.descent.engine.DescentException(name + " must be at least 0 and below 1, got " + Decimal.of(value));
    }
    return value;
  }

  /** Checks that ε is a finite number, zero or more. */
  static double epsilon(double value) {
    if (!(value >= 0 && Double.isFinite(value))) {
      throw new dev.descent.engine.DescentException("eps must be zero or a small positive number, got "
          + Decimal.of(value));
    }
    return value;
  }
}
