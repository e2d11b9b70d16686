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
  /** Variable names that stand for the course's symbols. */
  private static final java.util.Map<String, String> SYMBOLS = java.util.Map.ofEntries(
      java.util.Map.entry("eta", "η"), java.util.Map.entry("eta0", "η₀"), java.util.Map.entry("beta", "β"),
      java.util.Map.entry("beta1", "β₁"), java.util.Map.entry("beta2", "β₂"), java.util.Map.entry("kappa", "κ"),
      java.util.Map.entry("lambda", "λ"), java.util.Map.entry("lambda_min", "λmin"),
      java.util.Map.entry("lambda_max", "λmax"), java.util.Map.entry("tau", "τ"), java.util.Map.entry("theta", "θ"),
      java.util.Map.entry("sigma", "σ"), java.util.Map.entry("eps", "ε"), java.util.Map.entry("mu", "μ"),
      java.util.Map.entry("alpha", "α"), java.util.Map.entry("gamma", "γ"), java.util.Map.entry("rho", "ρ"),
      java.util.Map.entry("p_hat", "p̂"), java.util.Map.entry("m_hat", "m̂"), java.util.Map.entry("v_hat", "v̂"),
      java.util.Map.entry("pi", "π"));
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

  private Notation() {}

  /** {@code e} in the course's notation. */
  public static String of(Expr e) {
    if (e instanceof Num n) {
      return number(n.value());
    }
    if (e instanceof Var v) {
      return SYMBOLS.getOrDefault(v.name(), v.name());
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
    if (c.fn() == Fn.ABS) {
      return "|" + of(c.arg()) + "|";
    }
    if (c.fn() == Fn.SQRT) {
      return "√" + (c.arg() instanceof Var || c.arg() instanceof Num n && n.value() >= 0 ? of(c.arg())
          : "(" + of(c.arg()) + ")");
    }
    return (c.fn() == Fn.LOG ? "ln" : c.fn().symbol()) + "(" + of(c.arg()) + ")";
  }

  /**
   * A formula's text as the course writes it, unsimplified ({@code (w-3)^2} becomes (w − 3)², {@code 1 - 2*eta}
   * becomes 1 − 2η), or the text as it is when it is not a formula descent reads.
   */
  public static String of(String formula) {
    try {
      return of(Expression.parse(formula).tree());
    } catch (dev.descent.engine.DescentException e) {
      return formula;
    }
  }

  /** {@code text} with each name that stands for a symbol of the course written as that symbol (v_hat is v̂). */
  public static String symbols(String text) {
    return NAME.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        SYMBOLS.getOrDefault(m.group(), m.group())));
  }

  /** A number as the course writes it in formulas: shortest decimal form, true minus sign. */
  public static String number(double v) {
    return Decimal.of(v).replace('-', '−');
  }

  private static String binary(Binary b) {
    return switch (b.op()) {
      case ADD -> of(b.left()) + " + " + signed(b.right());
      case SUB -> of(b.left()) + " − " + signed(b.right());
      case MUL -> product(b.left(), b.right());
      case DIV -> grouped(b.left(), false) + "/" + grouped(b.right(), false);
    };
  }

  private static String product(Expr l, Expr r) {
    boolean juxtapose = l instanceof Num && (r instanceof Var
        || r instanceof Pow p && (p.base() instanceof Var || isSum(p.base())) || isSum(r));
    return juxtapose ? of(l) + grouped(r, true) : grouped(l, true) + "·" + signed(r);
  }

  /** A right-hand operand: in parentheses when it is a sum or starts with a minus sign. */
  private static String signed(Expr e) {
    boolean negative = e instanceof Neg || e instanceof Num n && n.value() < 0;
    return negative ? "(" + of(e) + ")" : grouped(e, true);
  }

  private static String power(Pow p) {
    String base = p.base() instanceof Var || p.base() instanceof Num n && n.value() >= 0 ? of(p.base())
        : "(" + of(p.base()) + ")";
    if (p.exponent() instanceof Num n && n.value() == Math.rint(n.value()) && Math.abs(n.value()) <= 99) {
      StringBuilder raised = new StringBuilder(n.value() < 0 ? "⁻" : "");
      for (char d : Long.toString(Math.abs((long) n.value())).toCharArray()) {
        raised.append(SUPERSCRIPTS.charAt(d - '0'));
      }
      return base + raised;
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
