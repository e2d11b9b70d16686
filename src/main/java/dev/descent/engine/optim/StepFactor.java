package dev.descent.engine.optim;

import dev.descent.engine.Decimal;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The closed-form reason for plain gradient descent on a parabola a·(w − m)² + c of one variable: every
 * step multiplies the gap w − m by the same factor q = 1 − η·f'', and the factor alone decides what the
 * run does. Other runs have no such factor; their reason comes from the run itself ({@link RunShape}).
 */
public final class StepFactor {
  /** How close to −1, 0 or 1 a factor counts as that value (rounding of η·f'' only). */
  private static final double EDGE = 1e-9;

  private StepFactor() {}

  /**
   * The judgement the factor gives, when {@code r} is plain gradient descent at a constant rate, without
   * clipping, on a function of one variable whose second derivative is the same at three points.
   */
  static Optional<Judgement> of(Run r, double minimum) {
    OptionalDouble found = curvature(r, minimum);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    double curve = found.getAsDouble();
    double q = 1 - r.eta() * curve;
    String name = r.f().variables().get(0);
    String m = Decimal.brief(minimum).replace('-', '−');
    String factor = formula(curve) + " = " + signed(q);
    String words;
    Behaviour b;
    if (Math.abs(q) <= EDGE) {
      b = Behaviour.CONVERGES;
      words = "0, so " + name + " lands on " + m + " in one step";
    } else if (q > 0 && q < 1) {
      b = Behaviour.CONVERGES;
      words = "positive and below 1, so " + name + " closes in on " + m + " from one side";
    } else if (Math.abs(q + 1) <= EDGE) {
      b = Behaviour.OSCILLATES;
      words = "exactly −1, so " + name + " hops across " + m + " and stays as far away for ever";
    } else if (q < 0 && q > -1) {
      b = Behaviour.CONVERGES_OSCILLATING;
      words = "negative and inside (−1, 1), so " + name + " hops across " + m + " and closes in";
    } else {
      b = Behaviour.DIVERGES;
      words = "below −1, so " + name + " hops across " + m + " and lands farther away at every step";
    }
    return Optional.of(new Judgement(b, factor + ": " + words));
  }

  /**
   * The second derivative f'' of the run's function when the run has one step factor 1 − ηf'': plain
   * descent at a constant rate without clipping, on one variable, f'' positive and the same at the start,
   * at two points beside it and at the {@code minimum}; else empty.
   */
  public static OptionalDouble curvature(Run r, double minimum) {
    if (r.f().dimension() != 1 || !(r.optimizer() instanceof GradientDescent)
        || !(r.schedule() instanceof Schedule.Constant) || r.clipping().isOn()) {
      return OptionalDouble.empty();
    }
    double w = r.start()[0];
    double curve = secondDerivative(r, w);
    for (double at : new double[] {w + 1.5, w - 2.25, minimum}) {
      double other = secondDerivative(r, at);
      if (!(Math.abs(other - curve) <= 1e-9 * Math.max(1, Math.abs(curve)))) {
        return OptionalDouble.empty();
      }
    }
    return curve > 0 ? OptionalDouble.of(curve) : OptionalDouble.empty();
  }

  /** The factor's formula as the course writes it, such as {@code 1 − 2η} (or {@code 1 − η} when f'' = 1). */
  public static String formula(double curve) {
    return "1 − " + (Math.abs(curve - 1) <= EDGE ? "" : Decimal.brief(curve)) + "η";
  }

  private static double secondDerivative(Run r, double w) {
    return r.f().hessian(new double[] {w})[0][0];
  }

  /** The factor to four significant digits, with the minus sign of print. */
  private static String signed(double q) {
    return Math.abs(q) <= EDGE ? "0" : Decimal.brief(q).replace('-', '−');
  }
}
