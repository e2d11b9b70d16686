package dev.descent.engine.expr;

import java.util.Map;
import org.hipparchus.CalculusFieldElement;

/**
 * A parsed expression tree. Each node evaluates itself on plain numbers and on any Hipparchus
 * derivative type, so one tree gives values, gradients and Hessians alike.
 */
public sealed interface Expr permits Expr.Num, Expr.Var, Expr.Neg, Expr.Binary, Expr.Pow, Expr.Call {

  /** The value at {@code x}, where variable {@code i} is {@code x[i]}. */
  double eval(double[] x);

  /** The value as a derivative number; {@code zero} supplies the field for constants. */
  <T extends CalculusFieldElement<T>> T eval(T[] x, T zero);

  /** The same tree with each variable given its position in {@code order}. */
  Expr bind(Map<String, Integer> order);

  /** The same tree with the named variables replaced by numbers. */
  default Expr substitute(Map<String, Double> values) {
    return substituted(values);
  }

  /** The same tree with the named variables replaced by numbers (each node's own rule). */
  Expr substituted(Map<String, Double> values);

  /** Appends the expression in a canonical, fully readable form. */
  void print(StringBuilder out);

  /** A number. */
  record Num(double value) implements Expr {
    @Override public double eval(double[] x) { return value; }

    @Override public <T extends CalculusFieldElement<T>> T eval(T[] x, T zero) {
      return zero.newInstance(value);
    }

    @Override public Expr bind(Map<String, Integer> order) { return this; }

    @Override public Expr substituted(Map<String, Double> values) { return this; }

    @Override public void print(StringBuilder out) {
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        out.append((long) value);
      } else {
        out.append(value);
      }
    }

    boolean isSmallInteger() {
      return value == Math.rint(value) && Math.abs(value) <= 1_000_000;
    }
  }

  /** A variable; {@code index} is its position once bound, -1 before. */
  record Var(String name, int index) implements Expr {
    @Override public double eval(double[] x) { return x[index]; }

    @Override public <T extends CalculusFieldElement<T>> T eval(T[] x, T zero) { return x[index]; }

    @Override public Expr bind(Map<String, Integer> order) {
      Integer i = order.get(name);
      if (i == null) {
        throw new IllegalArgumentException("variable " + name + " has no position");
      }
      return new Var(name, i);
    }

    @Override public Expr substituted(Map<String, Double> values) {
      Double v = values.get(name);
      return v == null ? this : new Num(v);
    }

    @Override public void print(StringBuilder out) { out.append(name); }
  }

  /** Unary minus. */
  record Neg(Expr arg) implements Expr {
    @Override public double eval(double[] x) { return -arg.eval(x); }

    @Override public <T extends CalculusFieldElement<T>> T eval(T[] x, T zero) {
      return arg.eval(x, zero).negate();
    }

    @Override public Expr bind(Map<String, Integer> order) { return new Neg(arg.bind(order)); }

    @Override public Expr substituted(Map<String, Double> values) { return new Neg(arg.substitute(values)); }

    @Override public void print(StringBuilder out) {
      out.append("-(");
      arg.print(out);
      out.append(')');
    }
  }

  /** The four arithmetic operators. */
  enum Op {
    ADD('+') {
      @Override double apply(double a, double b) { return a + b; }
      @Override <T extends CalculusFieldElement<T>> T apply(T a, T b) { return a.add(b); }
    },
    SUB('-') {
      @Override double apply(double a, double b) { return a - b; }
      @Override <T extends CalculusFieldElement<T>> T apply(T a, T b) { return a.subtract(b); }
    },
    MUL('*') {
      @Override double apply(double a, double b) { return a * b; }
      @Override <T extends CalculusFieldElement<T>> T apply(T a, T b) { return a.multiply(b); }
    },
    DIV('/') {
      @Override double apply(double a, double b) { return a / b; }
      @Override <T extends CalculusFieldElement<T>> T apply(T a, T b) { return a.divide(b); }
    };

    private final char symbol;

    Op(char symbol) {
      this.symbol = symbol;
    }

    abstract double apply(double a, double b);

    abstract <T extends CalculusFieldElement<T>> T apply(T a, T b);

    char symbol() {
      return symbol;
    }
  }

  /** A binary arithmetic operation. */
  record Binary(Op op, Expr left, Expr right) implements Expr {
    @Override public double eval(double[] x) { return op.apply(left.eval(x), right.eval(x)); }

    @Override public <T extends CalculusFieldElement<T>> T eval(T[] x, T zero) {
      return op.apply(left.eval(x, zero), right.eval(x, zero));
    }

    @Override public Expr bind(Map<String, Integer> order) {
      return new Binary(op, left.bind(order), right.bind(order));
    }

    @Override public Expr substituted(Map<String, Double> values) {
      return new Binary(op, left.substitute(values), right.substitute(values));
    }

    @Override public void print(StringBuilder out) {
      out.append('(');
      left.print(out);
      out.append(' ').append(op.symbol()).append(' ');
      right.print(out);
      out.append(')');
    }
  }

  /**
   * A power. An exponent without variables is folded to its value when the power is made, so that
   * one whose value is a whole number — {@code x^-2}, {@code x^(1+1)}, {@code 2^3^2} — is an integer
   * power however it is spelt: exact for whole-number results, defined at negative bases, and
   * differentiated as n·x^(n−1) with integer powers too.
   */
  record Pow(Expr base, Expr exponent) implements Expr {
    public Pow {
      if (!(exponent instanceof Num) && Variables.none(exponent)) {
        exponent = new Num(exponent.eval(new double[0]));
      }
    }

    @Override public double eval(double[] x) {
      double b = base.eval(x);
      if (exponent instanceof Num n && n.isSmallInteger()) {
        return integerPower(b, (int) n.value());
      }
      return Math.pow(b, exponent.eval(x));
    }

    @Override public <T extends CalculusFieldElement<T>> T eval(T[] x, T zero) {
      T b = base.eval(x, zero);
      if (exponent instanceof Num n && n.isSmallInteger()) {
        return b.pow((int) n.value());
      }
      if (exponent instanceof Num n) {
        return b.pow(n.value());
      }
      return b.pow(exponent.eval(x, zero));
    }

    @Override public Expr bind(Map<String, Integer> order) {
      return new Pow(base.bind(order), exponent.bind(order));
    }

    @Override public Expr substituted(Map<String, Double> values) {
      return new Pow(base.substitute(values), exponent.substitute(values));
    }

    @Override public void print(StringBuilder out) {
      out.append('(');
      base.print(out);
      out.append(")^(");
      exponent.print(out);
      out.append(')');
    }

    private static double integerPower(double b, int n) {
      if (n == 2) {
        return b * b;
      }
      return Math.pow(b, n);
    }
  }

  /** A call of one of the known functions. */
  record Call(Fn fn, Expr arg) implements Expr {
    @Override public double eval(double[] x) { return fn.apply(arg.eval(x)); }

    @Override public <T extends CalculusFieldElement<T>> T eval(T[] x, T zero) {
      return fn.apply(arg.eval(x, zero));
    }

    @Override public Expr bind(Map<String, Integer> order) { return new Call(fn, arg.bind(order)); }

    @Override public Expr substituted(Map<String, Double> values) { return new Call(fn, arg.substitute(values)); }

    @Override public void print(StringBuilder out) {
      out.append(fn.symbol()).append('(');
      arg.print(out);
      out.append(')');
    }
  }
}
