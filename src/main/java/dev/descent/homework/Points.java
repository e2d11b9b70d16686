package dev.descent.homework;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points as reports and gradebooks write them: at most two decimals, no trailing zeros ({@code 3},
 * {@code 2.5}, {@code 3.33}).
 */
public final class Points {
  private Points() {}

  /** {@code p} rounded half up to two decimals. */
  public static String format(double p) {
    BigDecimal d = BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
