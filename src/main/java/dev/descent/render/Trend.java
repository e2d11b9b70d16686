package dev.descent.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One-line descriptions of what a plot or a contour map shows, computed from its numbers, for
 * people who cannot see the figure (a screen reader reads a plot as punctuation): where a series
 * starts and ends (at 4 significant digits), whether it rises, falls or oscillates (from the signs
 * of its increments), whether it levels off (and near what: the Aitken estimate of its limit from
 * the last three values) or diverges (swings that keep growing), and for a path in the plane,
 * whether it zig-zags across a valley (one coordinate's increments changing sign at most steps).
 */
public final class Trend {
  /** Significant digits of the values a description names. */
  public static final int DIGITS = 4;

  /** A last step smaller than this share of the range counts as levelled off. */
  private static final double SETTLED = 0.01;

  private Trend() {}

  /** What a series does over its steps, such as "w rises from 0 to 1.999 and levels off near 2". */
  public static String series(String name, double[] values) {
    double[] v = finite(values);
    if (v.length == 0) {
      return name + " has no value to show";
    }
    double lo = min(v);
    double hi = max(v);
    if (v.length == 1 || lo == hi) {
      return name + " stays at " + n(v[0]);
    }
    Shape s = new Shape(v);
    String from = " from " + n(v[0]) + " to " + n(v[v.length - 1]);
    if (s.growing()) {
      return s.changes == 0 ? name + (s.rising ? " rises" : " falls") + from + " ever faster, diverging"
          : name + " oscillates with growing swings" + from + ", diverging";
    }
    if (s.changes == 0 && s.flat >= s.steps.length && s.steps.length >= 2) {
      return name + (s.rising ? " steps up " : " steps down ") + s.steps.length + " times," + from;
    }
    if (s.changes == 0) {
      return name + (s.rising ? " rises" : " falls") + from + (s.settled() ? " and levels off near " + n(s.limit()) : "");
    }
    if (s.oscillating()) {
      if (s.settled()) {
        return name + " oscillates with shrinking swings" + from + " and settles near " + n(s.limit());
      }
      return s.shrinking() ? name + " oscillates between " + n(lo) + " and " + n(hi) + " with shrinking swings"
          + from : name + " bounces between " + n(lo) + " and " + n(hi) + " without settling";
    }
    return name + " goes" + from + ", between " + n(lo) + " and " + n(hi) + (s.settled() ? ", and levels off near "
        + n(s.limit()) : "");
  }

  /**
   * What a path in the plane does, such as "the path zig-zags across the valley in y and ends at
   * (0.01, -0.02)"; {@code names} are the two coordinates' names.
   */
  public static String path(List<String> names, List<double[]> points) {
    List<double[]> p = new ArrayList<>();
    for (double[] q : points) {
      if (Double.isFinite(q[0]) && Double.isFinite(q[1])) {
        p.add(q);
      }
    }
    if (p.isEmpty()) {
      return "the path has no point to show";
    }
    String start = Numbers.vector(p.get(0), DIGITS);
    String end = Numbers.vector(p.get(p.size() - 1), DIGITS);
    if (p.size() == 1) {
      return "the path is the single point " + start;
    }
    Shape[] axes = new Shape[2];
    for (int i = 0; i < 2; i++) {
      double[] c = new double[p.size()];
      for (int k = 0; k < c.length; k++) {
        c[k] = p.get(k)[i];
      }
      axes[i] = new Shape(c);
    }
    String steps = " after " + (p.size() - 1) + (p.size() == 2 ? " step" : " steps");
    if (axes[0].growing() || axes[1].growing()) {
      return "the path starts at " + start + " and moves ever farther away, diverging; it is at " + end + steps;
    }
    List<String> zigzag = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      if (axes[i].oscillating()) {
        zigzag.add(names.get(i));
      }
    }
    String how;
    if (zigzag.size() == 1) {
      how = "zig-zags across the valley in " + zigzag.get(0);
    } else if (zigzag.size() == 2) {
      how = "zig-zags in both " + names.get(0) + " and " + names.get(1);
    } else if (axes[0].changes + axes[1].changes == 0) {
      how = "heads steadily downhill";
    } else {
      how = "winds downhill";
    }
    boolean settled = axes[0].settled() && axes[1].settled();
    return "the path starts at " + start + ", " + how + " and " + (settled ? "settles at " : "ends at ") + end + steps;
  }

  private static String n(double v) {
    return Numbers.format(v, DIGITS);
  }

  private static double[] finite(double[] values) {
    int count = 0;
    for (double v : values) {
      count += Double.isFinite(v) ? 1 : 0;
    }
    double[] out = new double[count];
    int i = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        out[i++] = v;
      }
    }
    return out;
  }

  private static double min(double[] v) {
    double m = v[0];
    for (double x : v) {
      m = Math.min(m, x);
    }
    return m;
  }

  private static double max(double[] v) {
    double m = v[0];
    for (double x : v) {
      m = Math.max(m, x);
    }
    return m;
  }

  /** The increments of a sequence: their signs, how often the sign changes, and how their sizes move. */
  private static final class Shape {
    final double[] v;
    final double range;
    /** Increments that are not zero (at the scale of the range), in order. */
    final double[] steps;
    final int changes;
    final boolean rising;
    /** Increments that are zero: a series that moves in a staircase has more of these than of others. */
    final int flat;

    Shape(double[] v) {
      this.v = v;
      this.range = max(v) - min(v);
      double tiny = range * 1e-12;
      int count = 0;
      double[] d = new double[Math.max(0, v.length - 1)];
      for (int k = 0; k + 1 < v.length; k++) {
        double step = v[k + 1] - v[k];
        if (Math.abs(step) > tiny) {
          d[count++] = step;
        }
      }
      this.steps = java.util.Arrays.copyOf(d, count);
      this.flat = Math.max(0, v.length - 1 - count);
      int c = 0;
      for (int k = 0; k + 1 < steps.length; k++) {
        c += Math.signum(steps[k]) != Math.signum(steps[k + 1]) ? 1 : 0;
      }
      this.changes = c;
      this.rising = steps.length > 0 && steps[0] > 0;
    }

    /** The sign of the increments changes at most steps. */
    boolean oscillating() {
      return changes >= 2 && 2 * changes >= steps.length - 1;
    }

    /** The last three increments each larger than the one before by a tenth or more: no level ahead. */
    boolean growing() {
      int n = steps.length;
      if (n < 3) {
        return false;
      }
      return Math.abs(steps[n - 1]) > 1.1 * Math.abs(steps[n - 2]) && Math.abs(steps[n - 2]) > 1.1 * Math.abs(steps[n - 3]);
    }

    /** The last increments get smaller: the swings or steps shrink. */
    boolean shrinking() {
      int n = steps.length;
      return n >= 2 && Math.abs(steps[n - 1]) < Math.abs(steps[n - 2]);
    }

    /** The last step is a small share of the range, and the steps shrink. */
    boolean settled() {
      int n = v.length;
      return n >= 3 && shrinking() && Math.abs(v[n - 1] - v[n - 2]) <= SETTLED * range;
    }

    /**
     * The level the sequence heads for, rounded to a ten-thousandth of the range (so that 7.8e-16 on
     * a loss falling from 9 reads 0): Aitken's estimate from the last three values when the last
     * increments shrink geometrically (their ratios below 0.95 and within a fifth of each other),
     * else the last value.
     */
    double limit() {
      int n = v.length;
      double d1 = v[n - 1] - v[n - 2];
      double d0 = v[n - 2] - v[n - 3];
      double l = v[n - 1];
      double ratio = d1 / d0;
      boolean geometric = d0 != 0 && Math.abs(ratio) < 0.95
          && (n < 4 || v[n - 3] == v[n - 4] || Math.abs(ratio - d0 / (v[n - 3] - v[n - 4])) <= 0.2 * Math.abs(ratio));
      if (geometric) {
        double aitken = v[n - 1] - d1 * d1 / (d1 - d0);
        if (Double.isFinite(aitken)) {
          l = aitken;
        }
      }
      double unit = Math.pow(10, Math.floor(Math.log10(range)) - 4);
      double rounded = Math.rint(l / unit) * unit;
      return Double.isFinite(rounded) ? rounded + 0.0 : l;
    }
  }
}
