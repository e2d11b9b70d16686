package dev.descent.lesson;

import dev.descent.engine.DescentException;
import dev.descent.engine.expr.Expression;
import dev.descent.lesson.json.Pos;
import dev.descent.problem.Bindings;
import dev.descent.problem.NumParam;
import dev.descent.render.Numbers;
import java.util.Set;

/**
 * The {@code {name}} and {@code {= expression}} placeholders of lesson text. A variable is shown as drawn; a
 * computed value is rounded to {@value #SENTENCE_DIGITS} significant digits, or to N with
 * {@code {= expression : N}}; a negative number gets the minus sign of print.
 */
public final class Placeholders {
  /** Significant digits of a computed value in a sentence. */
  public static final int SENTENCE_DIGITS = 4;

  private Placeholders() {}

  /** A placeholder's inside split into its expression and its digits. */
  private record Inner(String expression, int digits, boolean computed) {
    static Inner of(String inner) {
      if (!inner.startsWith("=")) {
        return new Inner(inner, Numbers.DEFAULT_DIGITS, false);
      }
      String body = inner.substring(1);
      int colon = body.lastIndexOf(':');
      if (colon >= 0) {
        String n = body.substring(colon + 1).strip();
        if (!n.matches("[0-9]{1,2}") || Integer.parseInt(n) < 1 || Integer.parseInt(n) > Numbers.MAX_DIGITS) {
          throw new DescentException("after ':' give the significant digits, 1 to " + Numbers.MAX_DIGITS
              + ", as in {= 1/11 : 6}");
        }
        return new Inner(body.substring(0, colon), Integer.parseInt(n), true);
      }
      return new Inner(body, SENTENCE_DIGITS, true);
    }
  }

  /** Reports placeholders that name unknown variables or do not parse. */
  static void check(String text, Pos pos, Scope scope) {
    int i = 0;
    while ((i = text.indexOf('{', i)) >= 0) {
      int end = text.indexOf('}', i);
      if (end < 0) {
        scope.diags().error(pos, "a '{' without its '}' in \"" + shorten(text) + "\"; write {name} or {= expression}");
        return;
      }
      String inner = text.substring(i + 1, end).strip();
      try {
        Inner parts = Inner.of(inner);
        Expression e = Expression.parse(parts.expression());
        if (!parts.computed() && !(e.variables().size() == 1 && e.variables().get(0).equals(inner))) {
          scope.diags().error(pos, "{" + inner + "}: write {name} for a variable or {= expression} for a value");
        } else {
          scope.known(e.variables(), pos, "{" + inner + "}", Set.of());
        }
      } catch (DescentException ex) {
        scope.diags().error(pos, "{" + inner + "}: " + ex.getMessage());
      }
      i = end + 1;
    }
  }

  /** The variables the placeholders of {@code text} show; a placeholder that does not parse shows none. */
  static Set<String> names(String text) {
    Set<String> out = new java.util.HashSet<>();
    int i = 0;
    while ((i = text.indexOf('{', i)) >= 0) {
      int end = text.indexOf('}', i);
      if (end < 0) {
        break;
      }
      String inner = text.substring(i + 1, end).strip();
      try {
        out.addAll(Expression.parse(inner.startsWith("=") ? inner.substring(1) : inner).variables());
      } catch (DescentException ex) {
        // reported by check
      }
      i = end + 1;
    }
    return out;
  }

  /** The text with each placeholder replaced by its value for one variant. */
  public static String fill(String text, Bindings b) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (true) {
      int open = text.indexOf('{', i);
      int close = open < 0 ? -1 : text.indexOf('}', open);
      if (open < 0 || close < 0) {
        out.append(text, i, text.length());
        return out.toString();
      }
      out.append(text, i, open);
      String inner = text.substring(open + 1, close).strip();
      try {
        Inner parts = Inner.of(inner);
        double v = NumParam.of(Expression.parse(parts.expression())).eval(b);
        out.append(Numbers.format(v, parts.digits()).replace('-', '−'));
      } catch (DescentException e) {
        out.append('{').append(inner).append('}');
      }
      i = close + 1;
    }
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
