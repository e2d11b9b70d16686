package dev.descent.lesson;

import dev.descent.engine.DescentException;
import dev.descent.engine.expr.Expression;
import dev.descent.lesson.json.Pos;
import dev.descent.problem.Bindings;
import dev.descent.problem.NumParam;
import dev.descent.render.Numbers;
import java.util.Set;

/** The {@code {name}} and {@code {= expression}} placeholders of lesson text. */
public final class Placeholders {
  private Placeholders() {}

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
      String body = inner.startsWith("=") ? inner.substring(1) : inner;
      try {
        Expression e = Expression.parse(body);
        if (!inner.startsWith("=") && !(e.variables().size() == 1 && e.variables().get(0).equals(inner))) {
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
      String body = inner.startsWith("=") ? inner.substring(1) : inner;
      try {
        out.append(Numbers.format(NumParam.of(Expression.parse(body)).eval(b)));
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
