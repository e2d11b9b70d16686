package dev.descent.problem;

import dev.descent.engine.Vectors;

/** A point of a run, right or wrong, with the state after the step and the step's rate. */
record Snapshot(int step, double[] point, double[][] state, double eta) {

  static double[][] copy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  boolean finite() {
    if (!Vectors.finite(point)) {
      return false;
    }
    for (double[] s : state) {
      if (!Vectors.finite(s)) {
        return false;
      }
    }
    return true;
  }
}
