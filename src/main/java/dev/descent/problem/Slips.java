package dev.descent.problem;

import dev.descent.engine.expr.Expr;
import dev.descent.engine.expr.Expression;

/** Expression-level slips: the function a learner effectively differentiates when making a usual mistake. */
final class Slips {
  private Slips() {}

  /**
   * The function whose derivative is the true one with the 2 of every square dropped: each u² is
   * replaced by u²/2, so d/du gives u·u' instead of 2u·u'.
   */
  static Expression squaresHalved(Expression e) {
    return e.transform(e.text() + " (with the 2 of each square dropped)", Slips::halve);
  }

  private static Expr halve(Expr e) {
    if (e instanceof Expr.Pow p && p.exponent() instanceof Expr.Num n && n.value() == 2) {
      return new Expr.Binary(Expr.Op.DIV, new Expr.Pow(halve(p.base()), p.exponent()), new Expr.Num(2));
    }
    if (e instanceof Expr.Neg n) {
      return new Expr.Neg(halve(n.arg()));
    }
    if (e instanceof Expr.Binary b) {
      return new Expr.Binary(b.op(), halve(b.left()), halve(b.right()));
    }
    if (e instanceof Expr.Pow p) {
      return new Expr.Pow(halve(p.base()), p.exponent());
    }
    if (e instanceof Expr.Call c) {
      return new Expr.Call(c.fn(), halve(c.arg()));
    }
    return e;
  }
}
