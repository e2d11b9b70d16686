package dev.descent.engine.expr;

import java.util.Set;

/** Lists the variables a tree uses. */
final class Variables {
  private Variables() {}

  /** True when the tree uses no variable, so that its value is a constant. */
  static boolean none(Expr e) {
    Set<String> found = new java.util.HashSet<>();
    collect(e, found);
    return found.isEmpty();
  }

  static void collect(Expr e, Set<String> out) {
    if (e instanceof Expr.Var v) {
      out.add(v.name());
    } else if (e instanceof Expr.Neg n) {
      collect(n.arg(), out);
    } else if (e instanceof Expr.Binary b) {
      collect(b.left(), out);
      collect(b.right(), out);
    } else if (e instanceof Expr.Pow p) {
      collect(p.base(), out);
      collect(p.exponent(), out);
    } else if (e instanceof Expr.Call c) {
      collect(c.arg(), out);
    }
  }
}
