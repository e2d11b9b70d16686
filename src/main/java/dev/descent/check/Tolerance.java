package dev.descent.check;

import dev.descent.render.Numbers;
import java.math.BigDecimal;

/**
 * How close a typed number must be to the answer to count as right.
 *
 * <p>The {@link #DEFAULT} is 0.1 % relative with an absolute floor of 1e-8 near zero. WeBWorK's
 * default relative tolerance is 0.1 %; PrairieLearn's default is rtol 1e-2 with atol 1e-8. We take
 * WeBWorK's 0.1 %, so that a hand computation carried to four significant digits passes and one rounded
 * to two does not, and PrairieLearn's atol 1e-8 as the floor for answers that are zero or nearly so.
 *
 * <p>Every bound is inclusive, and a few units in the last place are allowed on top of it, so that a
 * decimal typed exactly on the boundary (0.3003 against 0.3) is not refused for binary rounding.
 * A value that is not finite is accepted only when equal to the answer (never NaN).
 */
public sealed interface Tolerance permits Tolerance.Relative, Tolerance.Absolute, Tolerance.Digits {

  /** The absolute floor used near zero by the relative and significant-digit tolerances. */
  double NEAR_ZERO = 1e-8;

  /** Within 0.1 % of the answer, or within 1e-8 of it near zero. */
  Tolerance DEFAULT = new Relative(1e-3, NEAR_ZERO);

  /** Whether {@code typed} is close enough to {@code expected}. */
  boolean accepts(double typed, double expected);

  /** The tolerance in words for a learner, such as "within 0.1 %". */
  String describe();

  /**
   * The sentence that tells a learner, with the question, how precise an answer must be, such as "Give at
   * least 5 significant digits."; the question states exactly what is checked, because both come from here.
   */
  String request();

  /** What a nearly right answer falls short of, after "Close, but ", such as "not within 0.1 %". */
  default String shortfall() {
    return "not " + describe();
  }

  /** Within {@code rtol} of the answer, relative, with the 1e-8 floor near zero. */
  static Tolerance relative(double rtol) {
    return new Relative(rtol, NEAR_ZERO);
  }

  /** Within {@code atol} of the answer. */
  static Tolerance absolute(double atol) {
    return new Absolute(atol);
  }

  /** Agreeing with the answer to {@code digits} significant digits. */
  static Tolerance digits(int digits) {
    return new Digits(digits);
  }

  /** Accepts when |typed − expected| ≤ max(rtol·|expected|, atol). */
  record Relative(double rtol, double atol) implements Tolerance {
    /** Checks that both bounds are finite and not negative. */
    public Relative {
      requireBound("rtol", rtol);
      requireBound("atol", atol);
    }

    @Override
    public boolean accepts(double typed, double expected) {
      return within(typed, expected, Math.max(rtol * Math.abs(expected), atol));
    }

    @Override
    public String describe() {
      return "within " + Numbers.format(rtol * 100) + " %";
    }

    @Override
    public String request() {
      return "An answer " + describe() + " of the right one counts as right.";
    }
  }

  /** Accepts when |typed − expected| ≤ atol. */
  record Absolute(double atol) implements Tolerance {
    /** Checks that the bound is finite and not negative. */
    public Absolute {
      requireBound("atol", atol);
    }

    @Override
    public boolean accepts(double typed, double expected) {
      return within(typed, expected, atol);
    }

    @Override
    public String describe() {
      return "within " + Numbers.format(atol);
    }

    @Override
    public String request() {
      return "An answer " + describe() + " of the right one counts as right.";
    }
  }

  /**
   * Accepts when |typed − expected| is at most half a unit in the {@code digits}-th significant digit
   * of the answer (or 1e-8 near zero): 1.235 and 1.2345 agree to 4 digits with 1.23449.
   *
   * <p>This is the robust reading of "agree to n digits": comparing both values rounded to n digits
   * would refuse 1.2350001 against 1.2349999, which differ by 2e-7, because they round apart.
   */
  record Digits(int digits) implements Tolerance {
    /** The most significant digits a tolerance may ask for. */
    public static final int MAX = 15;

    /** Checks that {@code digits} is between 1 and {@value #MAX}. */
    public Digits {
      if (digits < 1 || digits > MAX) {
        throw new IllegalArgumentException("digits must be between 1 and " + MAX + ", got " + digits);
      }
    }

    @Override
    public boolean accepts(double typed, double expected) {
      if (!Double.isFinite(expected) || expected == 0) {
        return within(typed, expected, NEAR_ZERO);
      }
      BigDecimal size = BigDecimal.valueOf(Math.abs(expected));
      int exponent = size.precision() - size.scale() - 1; // expected = d.ddd × 10^exponent
      double halfUnit = 0.5 * Math.pow(10, exponent - digits + 1);
      return within(typed, expected, Math.max(halfUnit, NEAR_ZERO));
    }

    @Override
    public String describe() {
      return "to " + counted();
    }

    @Override
    public String request() {
      return "Give at least " + counted() + ".";
    }

    @Override
    public String shortfall() {
      return "the question asks for " + counted();
    }

    /** "5 significant digits". */
    private String counted() {
      return digits + " significant digit" + (digits == 1 ? "" : "s");
    }
  }

  private static boolean within(double typed, double expected, double bound) {
    if (!Double.isFinite(typed) || !Double.isFinite(expected)) {
      return typed == expected;
    }
    // A few ulps on top of the bound: binary rounding of the typed decimal must not decide.
    double slack = 4 * Math.ulp(Math.max(Math.abs(typed), Math.abs(expected)));
    return Math.abs(typed - expected) <= bound + slack;
  }

  private static void requireBound(String name, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(name + " must be a finite number at least 0, got " + value);
    }
  }
}
