package dev.descent.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers in the engine's sentences: four significant digits, plain unless very large or small. */
public final class Figures {
  private Figures() {}

  /** {@code v} to four significant digits: 4.243, 0.0001, 3, 1.5e-9, 2e+13. */
  public static String of(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    if (a >= 1e-4 && a < 1e7) {
      return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
    String s = String.format(Locale.ROOT, "%.3e", v);
    int e = s.indexOf('e');
    String mantissa = s.substring(0, e).replaceAll("\\.?0+$", "");
    int exponent = Integer.parseInt(s.substring(e + 1));
    return mantissa + "e" + (exponent > 0 ? "+" : "") + exponent;
  }
}
