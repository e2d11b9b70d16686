package dev.descent.problem;

import dev.descent.engine.DescentException;
import dev.descent.engine.expr.Expression;
import dev.descent.render.Numbers;

/** A numeric parameter of a computation: a number, or an expression of the problem's variables. */
public record NumParam(Expression expression, Double constant) {

  /** A fixed number. */
  public static NumParam of(double value) {
    return new NumParam(null, value);
  }

  /** An expression of variables, such as {@code eta/2}. */
  public static NumParam of(Expression e) {
    return e.isConstant() ? new NumParam(null, e.constantValue()) : new NumParam(e, null);
  }

  /** The value for one variant. */
  public double eval(Bindings b) {
    if (constant != null) {
      return constant;
    }
    double v = expression.valueWith(b.values());
    if (!Double.isFinite(v)) {
      throw new DescentException("'" + expression.text() + "' is not a finite number for " + describe(b));
    }
    return v;
  }

  /** The value as a whole number (steps, k). */
  public int evalInt(Bindings b, String what) {
    double v = eval(b);
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      throw new DescentException(what + " must be a whole number, got " + Numbers.format(v));
    }
    return (int) v;
  }

  static String describe(Bindings b) {
    StringBuilder sb = new StringBuilder();
    b.values().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" = ").append(Numbers.format(v)));
    return sb.length() == 0 ? "these numbers" : sb.toString();
  }
}
