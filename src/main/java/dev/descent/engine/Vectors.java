package dev.descent.engine;

/** Small checks on vectors that several parts of the engine share. */
public final class Vectors {
  private Vectors() {}

  /** True when every entry is a finite number. */
  public static boolean finite(double[] v) {
    for (double d : v) {
      if (!Double.isFinite(d)) {
        return false;
      }
    }
    return true;
  }

  /** True when every entry of every row is a finite number. */
  public static boolean finite(double[][] m) {
    for (double[] row : m) {
      if (!finite(row)) {
        return false;
      }
    }
    return true;
  }

  /** The largest magnitude of an entry, 0 for an empty vector. */
  public static double largest(double[] v) {
    double m = 0;
    for (double d : v) {
      m = Math.max(m, Math.abs(d));
    }
    return m;
  }
}
