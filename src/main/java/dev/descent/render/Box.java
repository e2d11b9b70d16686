package dev.descent.render;

import java.util.List;

/** A rectangle of the plane, {@code [xMin, xMax] × [yMin, yMax]}, that a contour map shows. */
public record Box(double xMin, double xMax, double yMin, double yMax) {

  public Box {
    if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))) {
      throw new IllegalArgumentException("a box needs finite bounds");
    }
    if (!(xMin < xMax && yMin < yMax)) {
      throw new IllegalArgumentException("a box needs xMin < xMax and yMin < yMax, got [" + xMin + ", " + xMax
          + "] x [" + yMin + ", " + yMax + "]");
    }
  }

  /**
   * The smallest box holding the finite {@code points}, widened on every side by {@code margin} times
   * its width (or height); a side of zero length takes the other side's length, or 1 if both are zero.
   */
  public static Box around(List<double[]> points, double margin) {
    double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (double[] p : points) {
      if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
        for (int i = 0; i < 2; i++) {
          lo[i] = Math.min(lo[i], p[i]);
          hi[i] = Math.max(hi[i], p[i]);
        }
      }
    }
    if (lo[0] > hi[0]) {
      throw new IllegalArgumentException("no finite point to put a box around");
    }
    double[] span = {hi[0] - lo[0], hi[1] - lo[1]};
    double fallback = Math.max(span[0], span[1]) > 0 ? Math.max(span[0], span[1]) : 1;
    double[] half = new double[2];
    for (int i = 0; i < 2; i++) {
      double s = span[i] > 0 ? span[i] : fallback;
      half[i] = s / 2 + margin * s;
    }
    double cx = lo[0] / 2 + hi[0] / 2;
    double cy = lo[1] / 2 + hi[1] / 2;
    return new Box(cx - half[0], cx + half[0], cy - half[1], cy + half[1]);
  }
}
