package dev.descent.problem;

import dev.descent.engine.DescentException;

/** Refuses numbers that are not finite, with a message saying which quantity. */
final class Finite {
  private Finite() {}

  static void require(double[] v, String what) {
    for (double d : v) {
      require(d, what);
    }
  }

  static void require(double d, String what) {
    if (!Double.isFinite(d)) {
      throw new DescentException(what + " is not a finite number for these values");
    }
  }
}
