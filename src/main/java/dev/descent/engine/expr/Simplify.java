package dev.descent.engine.expr;

import dev.descent.engine.expr.Expr.Binary;
import dev.descent.engine.expr.Expr.Call;
import dev.descent.engine.expr.Expr.Neg;
import dev.descent.engine.expr.Expr.Num;
import dev.descent.engine.expr.Expr.Op;
import dev.descent.engine.expr.Expr.Pow;

/**
 * Tidies an expression the way a learner tidies a derivative: numbers folded, terms of 0 and factors of 1
 * dropped, a constant factor put first and merged with the next one (5·(2·x) is 10x), and a sum with a
 * negative term written as a difference. It never expands or factors.
 */
public final class Simplify {
  private Simplify() {}

  /** The tidied expression, equal in value to {@code e} everywhere it is defined. */
  public static Expr of(Expr e) {
    if (e instanceof Neg n) {
      return neg(of(n.arg()));
    }
    if (e instanceof Binary b) {
      return binary(b.op(), of(b.left()), of(b.right()));
    }
    if (e instanceof Pow p) {
      return pow(of(p.base()), p.exponent());
    }
    if (e instanceof Call c) {
      return new Call(c.fn(), of(c.arg()));
    }
    return e;
  }

  private static Expr neg(Expr a) {
    if (a instanceof Num n) {
      return new Num(-n.value());
    }
    return a instanceof Neg inner ? inner.arg() : new Neg(a);
  }

  private static Expr binary(Op op, Expr l, Expr r) {
    if (l instanceof Num a && r instanceof Num b) {
      return new Num(op.apply(a.value(), b.value()));
    }
    return switch (op) {
      case ADD -> sum(l, r);
      case SUB -> difference(l, r);
      case MUL -> product(l, r);
      case DIV -> is(r, 1) ? l : is(l, 0) ? new Num(0) : new Binary(Op.DIV, l, r);
    };
  }

  private static Expr sum(Expr l, Expr r) {
    if (is(l, 0)) {
      return r;
    }
    if (is(r, 0)) {
      return l;
    }
    if (r instanceof Num n && n.value() < 0) {
      return new Binary(Op.SUB, l, new Num(-n.value()));
    }
    if (r instanceof Neg n) {
      return new Binary(Op.SUB, l, n.arg());
    }
    return new Binary(Op.ADD, l, r);
  }

  private static Expr difference(Expr l, Expr r) {
    if (is(r, 0)) {
      return l;
    }
    if (is(l, 0)) {
      return neg(r);
    }
    if (r instanceof Num n && n.value() < 0) {
      return new Binary(Op.ADD, l, new Num(-n.value()));
    }
    return new Binary(Op.SUB, l, r);
  }

  private static Expr product(Expr l, Expr r) {
    if (is(l, 0) || is(r, 0)) {
      return new Num(0);
    }
    if (is(l, 1)) {
      return r;
    }
    if (is(r, 1)) {
      return l;
    }
    if (r instanceof Num && !(l instanceof Num)) {
      return product(r, l);
    }
    if (l instanceof Num a) {
      if (a.value() == -1) {
        return neg(r);
      }
      if (r instanceof Binary b && b.op() == Op.MUL && b.left() instanceof Num c) {
        return product(new Num(a.value() * c.value()), b.right());
      }
      if (r instanceof Neg n) {
        return product(new Num(-a.value()), n.arg());
      }
    }
    return new Binary(Op.MUL, l, r);
  }

  private static Expr pow(Expr base, Expr exponent) {
    if (is(exponent, 1)) {
      return base;
    }
    if (is(exponent, 0)) {
      return new Num(1);
    }
    return base instanceof Num b && exponent instanceof Num n ? new Num(Math.pow(b.value(), n.value()))
        : new Pow(base, exponent);
  }

  private static boolean is(Expr e, double v) {
    return e instanceof Num n && n.value() == v;
  }
}
