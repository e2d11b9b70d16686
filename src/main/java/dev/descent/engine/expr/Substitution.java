package dev.descent.engine.expr;

import java.util.Map;

/** Rewrites the text of an expression with numbers in place of some variables. */
final class Substitution {
  private Substitution() {}

  /** {@code text} with each whole-word variable of {@code values} replaced by its number. */
  static String text(String text, Map<String, Double> values) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int start = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        String name = text.substring(start, i);
        Double v = values.get(name);
        if (v == null) {
          out.append(name);
        } else {
          boolean glued = start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == ')'
              || text.charAt(start - 1) == '.');
          String number = plain(v);
          boolean wrap = v < 0 || glued || i < text.length() && (text.charAt(i) == '^' || text.charAt(i) == '(')
              || i < text.length() && Character.isLetterOrDigit(text.charAt(i));
          out.append(wrap ? "(" + number + ")" : number);
        }
      } else if (Character.isDigit(c) || c == '.') {
        // Keep numbers whole, including an exponent such as 1e-3.
        int start = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E') && i + 1 < text.length()
            && (Character.isDigit(text.charAt(i + 1)) || (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '+')
            && i + 2 < text.length() && Character.isDigit(text.charAt(i + 2)))) {
          i += 2;
          while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
          }
        }
        out.append(text, start, i);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String plain(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    return s;
  }
}
