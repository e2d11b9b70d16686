package dev.descent.engine.optim;

import dev.descent.engine.DescentException;
import java.util.List;
import java.util.Locale;

/** Makes optimizers by name, filling in the course's defaults for what is not given. */
public final class Optimizers {
  /** Default momentum and RMSProp decay β. */
  public static final double BETA = 0.9;
  /** Default Adam first-moment decay β₁. */
  public static final double BETA1 = 0.9;
  /** Default Adam second-moment decay β₂. */
  public static final double BETA2 = 0.999;
  /** Default ε of the adaptive methods. */
  public static final double EPS = 1e-8;

  /** The names accepted by {@link #named}. */
  public static final List<String> NAMES = List.of("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam");

  private Optimizers() {}

  /**
   * The optimizer called {@code name}; a null hyper-parameter takes its default, and one that the
   * rule does not use is refused so that a typo in a lesson or on the command line is not ignored.
   */
  public static Optimizer named(String name, Double beta, Double beta1, Double beta2, Double eps) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    switch (n) {
      case "gd", "sgd" -> {
        unused(n, "beta", beta, "beta1", beta1, "beta2", beta2, "eps", eps);
        return new GradientDescent();
      }
      case "momentum" -> {
        unused(n, "beta1", beta1, "beta2", beta2, "eps", eps);
        return new Momentum(or(beta, BETA));
      }
      case "nesterov" -> {
        unused(n, "beta1", beta1, "beta2", beta2, "eps", eps);
        return new Nesterov(or(beta, BETA));
      }
      case "adagrad" -> {
        unused(n, "beta", beta, "beta1", beta1, "beta2", beta2);
        return new AdaGrad(or(eps, EPS));
      }
      case "rmsprop" -> {
        unused(n, "beta1", beta1, "beta2", beta2);
        return new RmsProp(or(beta, BETA), or(eps, EPS));
      }
      case "adam" -> {
        unused(n, "beta", beta);
        return new Adam(or(beta1, BETA1), or(beta2, BETA2), or(eps, EPS));
      }
      default -> throw new DescentException("unknown optimizer '" + name.strip() + "'; use one of "
          + String.join(", ", NAMES));
    }
  }

  /** The optimizer called {@code name} with every hyper-parameter at its default. */
  public static Optimizer named(String name) {
    return named(name, null, null, null, null);
  }

  private static double or(Double value, double fallback) {
    return value == null ? fallback : value;
  }

  private static void unused(String optimizer, Object... nameValue) {
    for (int i = 0; i < nameValue.length; i += 2) {
      if (nameValue[i + 1] != null) {
        throw new DescentException(optimizer + " has no setting " + nameValue[i]);
      }
    }
  }
}
