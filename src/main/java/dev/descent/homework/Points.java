package dev.descent.homework;

/**
 * Points as reports and gradebooks write them: rounded to two decimals, without trailing zeros
 * ({@code 3}, {@code 2.5}, {@code 3.33}). Points are never negative.
 */
public final class Points {
  private Points() {}

  /** {@code p} rounded to two decimals; whole cents, so a gradebook of thousands of cells stays cheap. */
  public static String format(double p) {
    long cents = Math.round(p * 100);
    long whole = cents / 100;
    long rest = cents % 100;
    if (rest == 0) {
      return Long.toString(whole);
    }
    return whole + (rest % 10 == 0 ? "." + rest / 10 : (rest < 10 ? ".0" : ".") + rest);
  }
}
