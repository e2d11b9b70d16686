package dev.descent.engine.optim;

/**
 * What a run does near a minimum x*: settles on it directly, settles while overshooting back and
 * forth, keeps bouncing at the same distance, or runs away.
 */
public enum Behaviour {
  CONVERGES("converges"),
  CONVERGES_OSCILLATING("converges while oscillating"),
  OSCILLATES("oscillates without settling"),
  DIVERGES("diverges");

  /** Relative change in the distance to x* below which a run counts as neither closing nor growing. */
  static final double STEADY = 1e-6;

  private final String words;

  Behaviour(String words) {
    this.words = words;
  }

  /** The behaviour in words, as choices show it. */
  public String words() {
    return words;
  }

  /**
   * Classifies a trajectory by the distance of its last point to {@code target} compared with its
   * first, and by whether successive errors point in opposite directions.
   */
  public static Behaviour classify(Trajectory t, double[] target) {
    if (t.diverged()) {
      return DIVERGES;
    }
    double first = distance(t.rows().get(0).point(), target);
    double last = distance(t.last().point(), target);
    if (first == 0) {
      return CONVERGES;
    }
    if (last > first * (1 + STEADY)) {
      return DIVERGES;
    }
    if (last >= first * (1 - STEADY)) {
      return OSCILLATES;
    }
    int flips = 0;
    int pairs = 0;
    for (int k = 1; k < t.rows().size(); k++) {
      double dot = dot(error(t.rows().get(k - 1).point(), target), error(t.rows().get(k).point(), target));
      if (dot != 0) {
        pairs++;
        if (dot < 0) {
          flips++;
        }
      }
    }
    return pairs > 0 && flips * 2 > pairs ? CONVERGES_OSCILLATING : CONVERGES;
  }

  private static double[] error(double[] x, double[] target) {
    double[] e = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      e[i] = x[i] - target[i];
    }
    return e;
  }

  private static double distance(double[] x, double[] target) {
    return Clipping.norm(error(x, target));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
