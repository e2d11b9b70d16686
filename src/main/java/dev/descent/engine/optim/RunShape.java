package dev.descent.engine.optim;

import dev.descent.engine.DescentException;
import dev.descent.engine.Decimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A run as a person reads it near a minimum x*: each coordinate's offset from x* at each step, the
 * swings of the coordinates that cross x* (a swing is a stretch of steps on one side; its size is
 * the largest offset in it), and the size of the run, its largest offset, over its last two
 * windows of a quarter of its steps. {@link #judgement} turns these into one of the four
 * behaviours and a sentence.
 */
final class RunShape {
  /** Two sizes within this fraction of each other count as the same size (rounding and drift). */
  static final double SAME_SIZE = 1e-6;
  /** Offsets below this fraction of the start's largest offset are invisible in a table: zero. */
  static final double INVISIBLE = 1e-9;

  private final Trajectory t;
  private final List<String> names;
  private final double[][] offset;
  private final double[] size;
  private final double[] distance;
  private final int n;
  private final int window;
  private final double noise;
  private final Swings[] swings;

  RunShape(Trajectory t, double[] target) {
    this.t = t;
    this.names = t.run().f().variables();
    this.n = t.rows().size() - 1;
    this.offset = new double[n + 1][];
    this.size = new double[n + 1];
    this.distance = new double[n + 1];
    double largestTarget = 0;
    for (double v : target) {
      largestTarget = Math.max(largestTarget, Math.abs(v));
    }
    for (int k = 0; k <= n; k++) {
      double[] x = t.rows().get(k).point();
      offset[k] = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        offset[k][i] = x[i] - target[i];
        size[k] = Math.max(size[k], Math.abs(offset[k][i]));
      }
      distance[k] = Clipping.norm(offset[k]);
    }
    this.noise = INVISIBLE * size[0] + 16 * Math.ulp(1.0) * largestTarget;
    this.window = Math.max(1, n / 4);
    this.swings = new Swings[target.length];
    for (int i = 0; i < target.length; i++) {
      swings[i] = new Swings(i);
    }
  }

  Judgement judgement() {
    if (t.diverged()) {
      return new Judgement(Behaviour.DIVERGES, "the run " + t.divergence());
    }
    if (t.endNote().isPresent()) {
      throw new DescentException("the run " + t.endNote().get() + "; a run cut short has no behaviour to judge");
    }
    if (n == 0) {
      throw new DescentException("a run of 0 steps has no behaviour to judge; give it steps");
    }
    if (size[0] == 0 && largest(0, n) == 0) {
      return new Judgement(Behaviour.CONVERGES, "the run starts at the minimum and stays there");
    }
    int lastStart = n - window + 1;
    int previousStart = Math.max(0, n - 2 * window + 1);
    double last = largest(lastStart, n);
    double before = largest(0, lastStart - 1);
    double previous = largest(previousStart, lastStart - 1);
    if (last > before * (1 + SAME_SIZE) + noise && last > size[0] * (1 + SAME_SIZE)) {
      return grows(lastStart);
    }
    for (Swings s : swings) {
      if (s.keepsSwinging(previousStart, lastStart)) {
        return oscillates(s);
      }
    }
    boolean crossingLately = false;
    for (Swings s : swings) {
      crossingLately |= s.crossings > 0 && s.lastCrossing >= previousStart;
    }
    if (size[n] <= noise || last < previous * (1 - SAME_SIZE) || crossingLately && last < before * (1 - SAME_SIZE)) {
      return converges();
    }
    throw new DescentException("the run neither settles on the minimum nor moves away from it: over its last "
        + steps(window) + " its largest offset from the minimum stays near " + Decimal.brief(last) + " (it was "
        + Decimal.brief(size[0]) + " at the start); check the minimum, or give the run more steps");
  }

  private Judgement grows(int from) {
    int k = from;
    for (int j = from; j <= n; j++) {
      if (size[j] > size[k]) {
        k = j;
      }
    }
    int worst = 0;
    for (int i = 0; i < offset[k].length; i++) {
      if (Math.abs(offset[k][i]) > Math.abs(offset[k][worst])) {
        worst = i;
      }
    }
    return new Judgement(Behaviour.DIVERGES, names.get(worst) + " moves away from the minimum: its offset reaches "
        + Decimal.brief(Math.abs(offset[k][worst])) + " at step " + k + ", beyond " + Decimal.brief(size[0])
        + ", the largest offset at the start");
  }

  private Judgement oscillates(Swings s) {
    return new Judgement(Behaviour.OSCILLATES, names.get(s.coordinate) + " keeps crossing the minimum ("
        + times(s.crossings) + " in " + steps(n) + ") with swings that keep their size, "
        + Decimal.brief(s.lastFullSwing())
        + ": " + distanceNotShrinking());
  }

  private String distanceNotShrinking() {
    String from = Decimal.brief(distance[0]);
    String to = Decimal.brief(distance[n]);
    return from.equals(to) ? "the distance to the minimum stays at " + to
        : "the distance to the minimum goes from " + from + " to " + to + ", not towards 0";
  }

  private Judgement converges() {
    String falls = "the distance to the minimum falls from " + Decimal.brief(distance[0]) + " to "
        + Decimal.brief(distance[n]) + " in " + steps(n);
    List<String> crossing = new ArrayList<>();
    for (Swings s : swings) {
      if (s.crossings > 0) {
        crossing.add(names.get(s.coordinate) + (crossing.isEmpty() ? " crosses it " : " ") + times(s.crossings));
      }
    }
    if (crossing.isEmpty()) {
      return new Judgement(Behaviour.CONVERGES, falls + " without crossing it");
    }
    return new Judgement(Behaviour.CONVERGES_OSCILLATING, falls + ", and " + String.join(" and ", crossing));
  }

  /** The largest size (largest offset of any coordinate) over steps {@code from..to}, 0 when empty. */
  private double largest(int from, int to) {
    double m = 0;
    for (int k = Math.max(0, from); k <= to; k++) {
      m = Math.max(m, size[k]);
    }
    return m;
  }

  private static String steps(int k) {
    return k == 1 ? "1 step" : k + " steps";
  }

  private static String times(int c) {
    return c == 1 ? "once" : c + " times";
  }

  /** One coordinate's crossings of the minimum and the sizes of its swings. */
  private final class Swings {
    final int coordinate;
    final List<Double> peaks = new ArrayList<>();
    int crossings;
    int lastCrossing = -1;

    Swings(int coordinate) {
      this.coordinate = coordinate;
      double side = 0;
      for (int k = 0; k <= n; k++) {
        double o = offset[k][coordinate];
        if (Math.abs(o) <= noise) {
          continue;
        }
        double sign = Math.signum(o);
        if (sign != side) {
          if (side != 0) {
            crossings++;
            lastCrossing = k;
          }
          peaks.add(Math.abs(o));
          side = sign;
        } else {
          peaks.set(peaks.size() - 1, Math.max(peaks.get(peaks.size() - 1), Math.abs(o)));
        }
      }
    }

    /** The size of the last swing known to be over (the last one may still be going on). */
    double lastFullSwing() {
      return peaks.get(Math.max(0, peaks.size() - 2));
    }

    /**
     * True when this coordinate crossed lately and its swings do not shrink: the last finished swing
     * is as large as the one before (with one crossing: the second as large as the first), and its
     * largest offset over the last window is as large as over the window before.
     */
    boolean keepsSwinging(int previousStart, int lastStart) {
      if (crossings == 0 || lastCrossing < previousStart) {
        return false;
      }
      int m = peaks.size();
      boolean swingsKeep = m == 2 ? peaks.get(1) >= peaks.get(0) * (1 - SAME_SIZE)
          : peaks.get(m - 2) >= peaks.get(m - 3) * (1 - SAME_SIZE);
      double last = largestOffset(lastStart, n);
      return swingsKeep && last > noise && last >= largestOffset(previousStart, lastStart - 1) * (1 - SAME_SIZE);
    }

    private double largestOffset(int from, int to) {
      double m = 0;
      for (int k = Math.max(0, from); k <= to; k++) {
        m = Math.max(m, Math.abs(offset[k][coordinate]));
      }
      return m;
    }
  }
}
