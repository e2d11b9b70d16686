package dev.descent.engine.optim;

/**
 * What a run does near a minimum x*, as a person reads it off the run's own steps (see
 * lessons/README.md, "What a run does"): it crosses the minimum when some coordinate's offset
 * from x* changes sign between steps; it converges when its offsets shrink towards 0; it oscillates
 * when a coordinate keeps crossing with swings that keep their size; it diverges when it grows past
 * where it started, or the engine stops it.
 */
public enum Behaviour {
  CONVERGES("converges"),
  CONVERGES_OSCILLATING("converges while oscillating"),
  OSCILLATES("oscillates without settling"),
  DIVERGES("diverges");

  private final String words;

  Behaviour(String words) {
    this.words = words;
  }

  /** The behaviour in words, as choices show it. */
  public String words() {
    return words;
  }

  /**
   * The behaviour of {@code t} around {@code target}.
   *
   * @throws dev.descent.engine.DescentException when the run neither settles on the target nor
   *     moves away from it (it settles elsewhere), so none of the four describes it
   */
  public static Behaviour classify(Trajectory t, double[] target) {
    return judge(t, target).behaviour();
  }

  /** The behaviour of {@code t} around {@code target}, with the reason in one sentence. */
  public static Judgement judge(Trajectory t, double[] target) {
    return new RunShape(t, target).judgement();
  }

  /**
   * The behaviour of the run {@code r}, stepped as {@code t}, around {@code target}: where plain descent on
   * a parabola has a step factor 1 − ηf'' that agrees with the run, the reason is that factor and what it
   * does; otherwise the reason read off the run.
   */
  public static Judgement judge(Run r, Trajectory t, double[] target) {
    Judgement seen = judge(t, target);
    if (target.length == 1) {
      var factor = StepFactor.of(r, target[0]);
      if (factor.isPresent() && factor.get().behaviour() == seen.behaviour()) {
        return factor.get();
      }
    }
    return seen;
  }
}
