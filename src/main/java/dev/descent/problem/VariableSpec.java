package dev.descent.problem;

import dev.descent.engine.DescentException;
import dev.descent.engine.expr.Expression;
import java.util.List;
import java.util.SplittableRandom;

/** How a problem variable gets its number: fixed, chosen from a list, from a range, or computed. */
public sealed interface VariableSpec permits VariableSpec.Fixed, VariableSpec.Choose, VariableSpec.Range,
    VariableSpec.Calc {

  /** Draws the value for a variant; {@code earlier} holds the variables above this one. */
  default double draw(SplittableRandom random, Bindings earlier) {
    return value(choices() == 1 ? 0 : random.nextLong(choices()), earlier);
  }

  /** The value number {@code index} of the {@link #choices()} it can take; {@code earlier} as for {@link #draw}. */
  double value(long index, Bindings earlier);

  /** How many different values it can take (1 for fixed and computed ones). */
  long choices();

  /** Always {@code value}. */
  record Fixed(double value) implements VariableSpec {
    @Override public double value(long index, Bindings earlier) { return value; }

    @Override public long choices() { return 1; }
  }

  /** One of {@code values}. */
  record Choose(List<Double> values) implements VariableSpec {
    public Choose {
      if (values.isEmpty()) {
        throw new DescentException("\"choose\" needs at least one number");
      }
      values = List.copyOf(values);
    }

    @Override public double draw(SplittableRandom random, Bindings earlier) {
      return values.get(random.nextInt(values.size()));
    }

    @Override public double value(long index, Bindings earlier) {
      return values.get((int) index);
    }

    @Override public long choices() { return values.size(); }
  }

  /** One of from, from + step, …, up to {@code to}. */
  record Range(double from, double to, double step) implements VariableSpec {
    /** The most values a range may have. */
    public static final long MAX_VALUES = 1_000_000;

    public Range {
      if (!(step > 0) || !(to >= from) || !Double.isFinite(from) || !Double.isFinite(to)) {
        throw new DescentException("a range needs from <= to and a positive step");
      }
      // Counted in floating point: from 0 to 1e19, or with a step of 5e-324, the count does not fit a long.
      double values = Math.floor((to - from) / step + 1e-9) + 1;
      if (!(values <= MAX_VALUES)) {
        throw new DescentException("a range may have at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_VALUES)
            + " values; from, to and step give " + (Double.isFinite(values) && values < 1e15
                ? String.format(java.util.Locale.ROOT, "%,.0f", values) : "far more"));
      }
    }

    private static long count(double from, double to, double step) {
      return (long) Math.floor((to - from) / step + 1e-9) + 1;
    }

    @Override public double value(long i, Bindings earlier) {
      // Round to the step's decimals so 0.1 + 2*0.1 is 0.3, not 0.30000000000000004.
      double v = from + i * step;
      return new java.math.BigDecimal(Double.toString(v)).round(new java.math.MathContext(12)).doubleValue();
    }

    @Override public long choices() { return count(from, to, step); }
  }

  /** Computed from the variables above it. */
  record Calc(Expression expression) implements VariableSpec {
    @Override public double value(long index, Bindings earlier) {
      return NumParam.of(expression).eval(earlier);
    }

    @Override public long choices() { return 1; }
  }
}
