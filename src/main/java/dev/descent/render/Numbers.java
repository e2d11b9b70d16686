package dev.descent.render;

import dev.descent.engine.Decimal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats numbers so a learner can compare them with a hand computation.
 *
 * <p>A value is rounded to a number of significant digits (10 unless told), half away from zero,
 * starting from its shortest decimal form ({@link Double#toString}), so floating-point noise such as
 * {@code 1.0799999999999998} prints {@code 1.08}; trailing zeros are dropped. Values whose rounded
 * magnitude lies in [1e-5, 1e7) print as plain decimals ({@code -510}, {@code 0.3333333333}); others
 * print as a mantissa, {@code e}, a sign and at least two exponent digits ({@code 1.5e-07},
 * {@code 2.5e+09}), like C's {@code %g}. Zero of either sign prints {@code 0}. Values that are not
 * numbers never come out of the engine, but print {@code undefined}, {@code inf} or {@code -inf}. The
 * layout is {@link Decimal}'s, which engine messages use too.
 */
public final class Numbers {

  /** The significant digits used when none are given. */
  public static final int DEFAULT_DIGITS = 10;

  /** The most significant digits a double can carry meaningfully. */
  public static final int MAX_DIGITS = 17;

  private Numbers() {}

  /** {@code v} rounded to {@value #DEFAULT_DIGITS} significant digits. */
  public static String format(double v) {
    return format(v, DEFAULT_DIGITS);
  }

  /** {@code v} rounded to {@code digits} significant digits (1 to {@value #MAX_DIGITS}). */
  public static String format(double v, int digits) {
    if (digits < 1 || digits > MAX_DIGITS) {
      throw new IllegalArgumentException("digits must be between 1 and " + MAX_DIGITS + ", got " + digits);
    }
    if (!Double.isFinite(v) || v == 0) {
      return Decimal.of(v);
    }
    return Decimal.of(BigDecimal.valueOf(v).round(new MathContext(digits, RoundingMode.HALF_UP)).stripTrailingZeros());
  }

  /** The coordinates of {@code v} in parentheses, such as {@code (1.2, -0.4)}. */
  public static String vector(double[] v) {
    return vector(v, DEFAULT_DIGITS);
  }

  /** The coordinates of {@code v} in parentheses, each rounded to {@code digits} significant digits. */
  public static String vector(double[] v, int digits) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < v.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(format(v[i], digits));
    }
    return sb.append(')').toString();
  }

  /** A point written as {@code x = 1, y = -2}, numbers as {@link #format(double)} writes them. */
  public static String assignments(java.util.List<String> names, double[] x) {
    return assignments(names, x, DEFAULT_DIGITS);
  }

  /** A point written as {@code x = 1, y = -2} with {@code digits} significant digits. */
  public static String assignments(java.util.List<String> names, double[] x, int digits) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ").append(format(x[i], digits));
    }
    return sb.toString();
  }
}
