package dev.descent.engine;

import java.math.BigDecimal;

/**
 * How descent writes a number for a person, never in Java's own form ({@code 0.0}, {@code 1.0E300}):
 * values whose magnitude lies in [1e-5, 1e7) as plain decimals ({@code -510}, {@code 0.25}), others as a
 * mantissa, {@code e}, a sign and at least two exponent digits ({@code 1.5e-07}, {@code 1e+300}), like
 * C's {@code %g}; zero of either sign as {@code 0}; values that are not numbers as {@code undefined},
 * {@code inf} or {@code -inf}. {@code render.Numbers} rounds to significant digits first.
 */
public final class Decimal {
  private static final BigDecimal PLAIN_LOW = new BigDecimal("1e-5");
  private static final BigDecimal PLAIN_HIGH = new BigDecimal("1e7");

  private Decimal() {}

  /** {@code v} in its shortest decimal form that reads back as {@code v}, for messages. */
  public static String of(double v) {
    if (Double.isNaN(v)) {
      return "undefined";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return "0";
    }
    return of(BigDecimal.valueOf(v).stripTrailingZeros());
  }

  /**
   * {@code v} to four significant digits, written as {@link #of(double)} writes numbers: for the
   * engine's sentences, where four digits say enough (4.243, 0.3221, 1.5e-09).
   */
  public static String brief(double v) {
    if (!Double.isFinite(v) || v == 0) {
      return of(v);
    }
    return of(new BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros());
  }

  /** A nonzero decimal without trailing zeros, written as the class describes. */
  public static String of(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    BigDecimal size = value.abs();
    if (size.compareTo(PLAIN_LOW) >= 0 && size.compareTo(PLAIN_HIGH) < 0) {
      return value.toPlainString();
    }
    // unscaledValue × 10^-scale, with the trailing zeros already stripped from the unscaled digits
    String unscaled = value.unscaledValue().abs().toString();
    int exponent = unscaled.length() - 1 - value.scale();
    String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
    String sign = value.signum() < 0 ? "-" : "";
    String expSign = exponent < 0 ? "-" : "+";
    String expDigits = Integer.toString(Math.abs(exponent));
    return sign + mantissa + "e" + expSign + (expDigits.length() < 2 ? "0" : "") + expDigits;
  }
}
