package dev.descent.problem;

import dev.descent.engine.DescentException;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.expr.ExpressionException;

/** A condition the numbers of a variant must meet, such as {@code w0*x - y != 0}. */
public record Condition(String text, Expression left, Comparison op, Expression right) {

  /** The comparisons a condition may use. */
  public enum Comparison {
    LE("<="), GE(">="), NE("!="), EQ("=="), LT("<"), GT(">");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    boolean holds(double a, double b) {
      double tol = 1e-12 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
      return switch (this) {
        case LE -> a <= b + tol;
        case GE -> a >= b - tol;
        case NE -> Math.abs(a - b) > tol;
        case EQ -> Math.abs(a - b) <= tol;
        case LT -> a < b - tol;
        case GT -> a > b + tol;
      };
    }
  }

  /**
   * Reads {@code left OP right}.
   *
   * @throws DescentException (an {@link ExpressionException} with a column for a side that does
   *     not parse)
   */
  public static Condition parse(String text) {
    for (Comparison c : Comparison.values()) {
      int at = text.indexOf(c.symbol);
      if (at >= 0) {
        String l = text.substring(0, at);
        String r = text.substring(at + c.symbol.length());
        Expression left;
        Expression right;
        try {
          left = Expression.parse(l);
        } catch (ExpressionException e) {
          throw new ExpressionException("left of " + c.symbol + ": " + e.getMessage(), e.column());
        }
        try {
          right = Expression.parse(r);
        } catch (ExpressionException e) {
          throw new ExpressionException("right of " + c.symbol + ": " + e.getMessage(),
              e.column() + at + c.symbol.length());
        }
        return new Condition(text.strip(), left, c, right);
      }
    }
    throw new DescentException("a condition compares two expressions with <, <=, >, >=, == or !=, as in \"eta < 1\"");
  }

  /** True when the variant's numbers meet the condition (false where a side is undefined). */
  public boolean holds(Bindings b) {
    double l = left.valueWith(b.values());
    double r = right.valueWith(b.values());
    return Double.isFinite(l) && Double.isFinite(r) && op.holds(l, r);
  }

  /** The variables the condition uses. */
  public java.util.Set<String> variables() {
    java.util.Set<String> s = new java.util.LinkedHashSet<>(left.variables());
    s.addAll(right.variables());
    return s;
  }
}
