package dev.descent.check;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Whether two values of a kind agree, under a tolerance: a typed one and the engine's, or two of the engine's. */
final class Matching {
  /** Sample points at which two functions are compared. */
  static final int POINTS = 12;
  /** Points that must be defined for a comparison of functions to count. */
  static final int MIN_DEFINED = 5;

  private Matching() {}

  static boolean scalar(double typed, double expected, Tolerance t) {
    return t.accepts(typed, expected);
  }

  static boolean vector(double[] typed, double[] expected, Tolerance t) {
    if (typed.length != expected.length) {
      return false;
    }
    for (int i = 0; i < typed.length; i++) {
      if (!t.accepts(typed[i], expected[i])) {
        return false;
      }
    }
    return true;
  }

  static boolean matrix(double[][] typed, double[][] expected, Tolerance t) {
    if (typed.length != expected.length) {
      return false;
    }
    for (int i = 0; i < typed.length; i++) {
      if (!vector(typed[i], expected[i], t)) {
        return false;
      }
    }
    return true;
  }

  static boolean choice(Set<String> typed, Set<String> expected) {
    return typed.equals(expected);
  }

  /** A typed function agrees with the answer at sample points around its centre, where the answer is defined. */
  static boolean function(ToDoubleFunction<double[]> typed, Value.Function expected, Tolerance t) {
    int defined = 0;
    for (double[] x : points(expected)) {
      double want = expected.function().applyAsDouble(x);
      if (!Double.isFinite(want)) {
        continue;
      }
      defined++;
      if (!t.accepts(typed.applyAsDouble(x), want)) {
        return false;
      }
    }
    return defined >= MIN_DEFINED;
  }

  /** Two answer functions agree (used to drop mistakes that coincide with the answer). */
  static boolean function(Value.Function a, Value.Function b, Tolerance t) {
    int defined = 0;
    for (double[] x : points(b)) {
      double want = b.function().applyAsDouble(x);
      double got = a.function().applyAsDouble(x);
      if (!Double.isFinite(want) || !Double.isFinite(got)) {
        continue;
      }
      defined++;
      if (!t.accepts(got, want)) {
        return false;
      }
    }
    return defined >= MIN_DEFINED;
  }

  /** The same points every time, for the same answer: a seeded box of half-width 2 around the centre. */
  static double[][] points(Value.Function f) {
    SplittableRandom r = new SplittableRandom(0x5eed_d15c_0a7L);
    double[][] out = new double[POINTS][f.variables().size()];
    for (double[] x : out) {
      for (int i = 0; i < x.length; i++) {
        x[i] = f.centre()[i] + r.nextDouble(-2, 2);
      }
    }
    return out;
  }

  /** Whether two computed answers are the same (a mistake's value that equals the right one is dropped). */
  static boolean same(Value a, Value b, Tolerance t) {
    if (a instanceof Value.Scalar x && b instanceof Value.Scalar y) {
      return t.accepts(x.value(), y.value());
    }
    if (a instanceof Value.Vector x && b instanceof Value.Vector y) {
      return vector(x.values(), y.values(), t);
    }
    if (a instanceof Value.Matrix x && b instanceof Value.Matrix y) {
      return matrix(x.values(), y.values(), t);
    }
    if (a instanceof Value.Function x && b instanceof Value.Function y) {
      return function(x, y, t);
    }
    if (a instanceof Value.Choice x && b instanceof Value.Choice y) {
      return choice(x.ids(), y.ids());
    }
    return false;
  }
}
