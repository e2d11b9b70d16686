package dev.descent.engine.expr;

import dev.descent.engine.Decimal;
import dev.descent.engine.expr.Expr.Binary;
import dev.descent.engine.expr.Expr.Call;
import dev.descent.engine.expr.Expr.Neg;
import dev.descent.engine.expr.Expr.Num;
import dev.descent.engine.expr.Expr.Op;
import dev.descent.engine.expr.Expr.Pow;
import dev.descent.engine.expr.Expr.Var;

/**
 * An expression written as the course writes it: a true minus sign, a raised dot or no sign at all for a
 * product (2w, 2(w − 3), x·y), small powers as superscripts ((w − 3)²), and ln for the natural logarithm.
 * The text UI falls back to ASCII stand-ins where the terminal cannot show these ({@code render.Visible}).
 */
public final class Notation {
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private Notation() {}

  /** {@code e} in the course's notation. */
  public static String of(Expr e) {
    if (e instanceof Num n) {
      return number(n.value());
    }
    if (e instanceof Var v) {
      return v.name();
    }
    if (e instanceof Neg n) {
      return "−" + grouped(n.arg(), true);
    }
    if (e instanceof Binary b) {
      return binary(b);
    }
    if (e instanceof Pow p) {
      return power(p);
    }
    Call c = (Call) e;
    return (c.fn() == Fn.LOG ? "ln" : c.fn().symbol()) + "(" + of(c.arg()) + ")";
  }

  /** A number as the course writes it in formulas: shortest decimal form, true minus sign. */
  public static String number(double v) {
    return Decimal.of(v).replace('-', '−');
  }

  private static String binary(Binary b) {
    return switch (b.op()) {
      case ADD -> of(b.left()) + " + " + of(b.right());
      case SUB -> of(b.left()) + " − " + grouped(b.right(), true);
      case MUL -> product(b.left(), b.right());
      case DIV -> grouped(b.left(), false) + "/" + grouped(b.right(), false);
    };
  }

  private static String product(Expr l, Expr r) {
    boolean juxtapose = l instanceof Num && (r instanceof Var
        || r instanceof Pow p && (p.base() instanceof Var || isSum(p.base())) || isSum(r));
    return juxtapose ? of(l) + grouped(r, true) : grouped(l, true) + "·" + grouped(r, true);
  }

  private static String power(Pow p) {
    String base = p.base() instanceof Var || p.base() instanceof Num n && n.value() >= 0 ? of(p.base())
        : "(" + of(p.base()) + ")";
    if (p.exponent() instanceof Num n && n.value() == Math.rint(n.value()) && n.value() >= 2 && n.value() <= 9) {
      return base + SUPERSCRIPTS.charAt((int) n.value());
    }
    return base + "^" + grouped(p.exponent(), false);
  }

  /** {@code e} in parentheses when it is a sum or difference (or, unless {@code onlySums}, any operation). */
  private static String grouped(Expr e, boolean onlySums) {
    boolean wrap = isSum(e) || !onlySums && (e instanceof Binary || e instanceof Neg);
    return wrap ? "(" + of(e) + ")" : of(e);
  }

  private static boolean isSum(Expr e) {
    return e instanceof Binary b && (b.op() == Op.ADD || b.op() == Op.SUB);
  }
}
