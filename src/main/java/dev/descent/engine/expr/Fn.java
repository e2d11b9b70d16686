package dev.descent.engine.expr;

import java.util.Locale;
import java.util.Optional;
import org.hipparchus.CalculusFieldElement;

/** The functions an expression may call, each evaluated on plain numbers and on derivative numbers. */
public enum Fn {
  SIN {
    @Override double apply(double x) { return Math.sin(x); }
    @Override <T extends CalculusFieldElement<T>> T apply(T x) { return x.sin(); }
  },
  COS {
    @Override double apply(double x) { return Math.cos(x); }
    @Override <T extends CalculusFieldElement<T>> T apply(T x) { return x.cos(); }
  },
  TAN {
    @Override double apply(double x) { return Math.tan(x); }
    @Override <T extends CalculusFieldElement<T>> T apply(T x) { return x.tan(); }
  },
  EXP {
    @Override double apply(double x) { return Math.exp(x); }
    @Override <T extends CalculusFieldElement<T>> T apply(T x) { return x.exp(); }
  },
  LOG {
    @Override double apply(double x) { return Math.log(x); }
    @Override <T extends CalculusFieldElement<T>> T apply(T x) { return x.log(); }
  },
  SQRT {
    @Override double apply(double x) { return Math.sqrt(x); }
    @Override <T extends CalculusFieldElement<T>> T apply(T x) { return x.sqrt(); }
  },
  TANH {
    @Override double apply(double x) { return Math.tanh(x); }
    @Override <T extends CalculusFieldElement<T>> T apply(T x) { return x.tanh(); }
  },
  SIGMOID {
    @Override double apply(double x) {
      // Two forms so that neither exp overflows: both equal 1/(1+e^-x).
      if (x >= 0) {
        return 1.0 / (1.0 + Math.exp(-x));
      }
      double e = Math.exp(x);
      return e / (1.0 + e);
    }

    @Override <T extends CalculusFieldElement<T>> T apply(T x) {
      T one = x.getField().getOne();
      if (x.getReal() >= 0) {
        return one.divide(one.add(x.negate().exp()));
      }
      T e = x.exp();
      return e.divide(one.add(e));
    }
  },
  ABS {
    @Override double apply(double x) { return Math.abs(x); }
    @Override <T extends CalculusFieldElement<T>> T apply(T x) { return x.abs(); }
  };

  abstract double apply(double x);

  abstract <T extends CalculusFieldElement<T>> T apply(T x);

  /** The name used in expressions, such as {@code sigmoid}. */
  public String symbol() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The function called {@code name} in an expression ({@code ln} is another name for log). */
  public static Optional<Fn> named(String name) {
    if (name.equals("ln")) {
      return Optional.of(LOG);
    }
    for (Fn f : values()) {
      if (f.symbol().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The names an expression may call, for messages. */
  public static String knownNames() {
    StringBuilder sb = new StringBuilder();
    for (Fn f : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(f.symbol());
    }
    return sb.toString();
  }
}
