package dev.descent.check;

import dev.descent.render.Numbers;
import java.util.Optional;

/**
 * Says what is likely wrong with a typed number that the tolerance refused, when the number is
 * nearly right: the sign, the decimal point, or too few digits kept along the way.
 */
public final class NumberDiagnosis {

  /** How near (relative) a number must be to the answer to be called close. */
  public static final double CLOSE = 0.01;

  /**
   * How near (relative) a negated or rescaled number must be to the answer before the sign or the
   * decimal point is blamed; it keeps a loose absolute tolerance from blaming them for any number.
   */
  static final double SAME_SIZE = 0.05;

  /** The largest power of ten recognised as a misplaced decimal point. */
  static final int MAX_POWER = 6;

  private NumberDiagnosis() {}

  /**
   * A sentence for the learner when {@code typed}, refused by {@code tolerance}, is right but for
   * its sign, off by a power of ten (10 to 10^6 either way), or within {@value #CLOSE} relative of
   * {@code expected}; empty when it is accepted, simply wrong, or either number is not finite.
   * Sign and powers of ten are never blamed when the answer is 0.
   */
  public static Optional<String> explain(double typed, double expected, Tolerance tolerance) {
    if (!Double.isFinite(typed) || !Double.isFinite(expected) || tolerance.accepts(typed, expected)) {
      return Optional.empty();
    }
    if (expected != 0 && typed != 0) {
      if (sameSize(-typed, expected, tolerance)) {
        return Optional.of("Right size, wrong sign: check each minus sign in your working.");
      }
      for (int k = -MAX_POWER; k <= MAX_POWER; k++) {
        Optional<String> shifted = k == 0 ? Optional.empty() : powerOfTen(typed, expected, tolerance, k);
        if (shifted.isPresent()) {
          return shifted;
        }
      }
    }
    if (Math.abs(typed - expected) <= CLOSE * Math.abs(expected)) {
      return Optional.of("Close, but " + tolerance.shortfall() + ": keep more digits in the intermediate steps.");
    }
    return Optional.empty();
  }

  /** The message when typed / 10^k (or its negative) matches the answer. */
  private static Optional<String> powerOfTen(double typed, double expected, Tolerance tolerance, int k) {
    double factor = Math.pow(10, Math.abs(k));
    // Dividing or multiplying by an exact power of ten keeps the typed digits as they are.
    double scaled = k > 0 ? typed / factor : typed * factor;
    if (sameSize(scaled, expected, tolerance)) {
      return Optional.of("Right digits, " + size(factor, k) + ": check the decimal point.");
    }
    if (sameSize(-scaled, expected, tolerance)) {
      return Optional.of("Right digits, " + size(factor, k) + " and the wrong sign: check the decimal point and"
          + " each minus sign.");
    }
    return Optional.empty();
  }

  /** How far off by {@code factor} = 10^|k| an answer is; written only for the shift that matched. */
  private static String size(double factor, int k) {
    return "off by a factor of " + Numbers.format(factor) + " (your answer is " + Numbers.format(factor)
        + " times too " + (k > 0 ? "large" : "small") + ")";
  }

  private static boolean sameSize(double candidate, double expected, Tolerance tolerance) {
    return tolerance.accepts(candidate, expected)
        && Math.abs(candidate - expected) <= SAME_SIZE * Math.abs(expected);
  }
}
