package dev.descent.engine.expr;

import dev.descent.engine.expr.Expr.Binary;
import dev.descent.engine.expr.Expr.Call;
import dev.descent.engine.expr.Expr.Neg;
import dev.descent.engine.expr.Expr.Num;
import dev.descent.engine.expr.Expr.Op;
import dev.descent.engine.expr.Expr.Pow;
import dev.descent.engine.expr.Expr.Var;
import java.util.Optional;

/**
 * The derivative of an expression as an expression, by the rules a learner uses (sum, product, quotient,
 * power and chain rule) and then simplified as a learner would write it: d/dw of (w − 3)² is 2(w − 3), of
 * w² − 4w + 5 is 2w − 4. Values and gradients come from automatic differentiation ({@link Expr#eval}); this
 * is for showing the derivative in a worked solution.
 */
public final class Derivative {
  private Derivative() {}

  /**
   * The simplified derivative of {@code e} with respect to {@code variable}, or empty when the expression
   * uses a function or power whose rule a worked solution does not show (tan, tanh, sigmoid, abs, x^y).
   */
  public static Optional<Expr> of(Expr e, String variable) {
    Expr d = derive(e, variable);
    return d == null ? Optional.empty() : Optional.of(Simplify.of(d));
  }

  /** The derivative, unsimplified, or null where no rule applies. */
  private static Expr derive(Expr e, String x) {
    if (e instanceof Num) {
      return new Num(0);
    }
    if (e instanceof Var v) {
      return new Num(v.name().equals(x) ? 1 : 0);
    }
    if (e instanceof Neg n) {
      Expr d = derive(n.arg(), x);
      return d == null ? null : new Neg(d);
    }
    if (e instanceof Binary b) {
      return binary(b, x);
    }
    if (e instanceof Pow p) {
      return power(p, x);
    }
    return call((Call) e, x);
  }

  private static Expr binary(Binary b, String x) {
    Expr dl = derive(b.left(), x);
    Expr dr = derive(b.right(), x);
    if (dl == null || dr == null) {
      return null;
    }
    return switch (b.op()) {
      case ADD, SUB -> new Binary(b.op(), dl, dr);
      case MUL -> new Binary(Op.ADD, new Binary(Op.MUL, dl, b.right()), new Binary(Op.MUL, b.left(), dr));
      case DIV -> new Binary(Op.DIV, new Binary(Op.SUB, new Binary(Op.MUL, dl, b.right()),
          new Binary(Op.MUL, b.left(), dr)), new Pow(b.right(), new Num(2)));
    };
  }

  private static Expr power(Pow p, String x) {
    if (!(p.exponent() instanceof Num n)) {
      return null;
    }
    Expr inner = derive(p.base(), x);
    if (inner == null) {
      return null;
    }
    return new Binary(Op.MUL, new Binary(Op.MUL, n, new Pow(p.base(), new Num(n.value() - 1))), inner);
  }

  private static Expr call(Call c, String x) {
    Expr inner = derive(c.arg(), x);
    if (inner == null) {
      return null;
    }
    Expr outer = switch (c.fn()) {
      case SIN -> new Call(Fn.COS, c.arg());
      case COS -> new Neg(new Call(Fn.SIN, c.arg()));
      case EXP -> c;
      case LOG -> new Binary(Op.DIV, new Num(1), c.arg());
      case SQRT -> new Binary(Op.DIV, new Num(1), new Binary(Op.MUL, new Num(2), c));
      default -> null;
    };
    return outer == null ? null : new Binary(Op.MUL, outer, inner);
  }
}
