package dev.descent.engine.optim;

import dev.descent.engine.DescentException;
import dev.descent.engine.NotFinite;
import dev.descent.engine.Objective;
import dev.descent.engine.Vectors;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one loop that applies an update rule step by step, with the run's start, learning rate,
 * schedule and clipping: the engine's own runs ({@link Trajectory}) and the usual wrong ways of taking
 * their steps, which show where a learner's slip leads, both go through it.
 *
 * <p>The engine's own run is watched: it stops where the point, the state, the loss or the gradient
 * stops being finite, or a coordinate passes {@link Trajectory#BOUND}, and its rows carry the loss and
 * the gradient. A slipped run stops only where the point or the state stops being finite, since a slip
 * may lead far, and its rows carry neither (the loss is NaN and the gradient empty): what it is asked
 * for is read off the point and the state. Either stops where the rule refuses a step.
 */
public final class Stepper {
  private static final double[] NONE = new double[0];

  private final Run run;
  private final Objective f;
  private final Update update;
  private final boolean watched;
  private final Clipping clip;
  private final GradientOracle oracle;

  private Stepper(Run run, Objective f, Update update, boolean watched) {
    this.run = run;
    this.f = f;
    this.update = update;
    this.watched = watched;
    this.clip = run.clipping();
    this.oracle = GradientOracle.of(f, clip);
  }

  /** The run's own steps: its function and optimizer, watched. */
  public static Stepper of(Run run) {
    return new Stepper(run, run.f(), run.optimizer(), true);
  }

  /**
   * A usual wrong way of taking the run's steps: {@code update} in place of the optimizer's, on
   * {@code f} (the run's function, or the one a learner differentiated by mistake), with the run's
   * optimizer's state.
   */
  public static Stepper slipped(Run run, Objective f, Update update) {
    return new Stepper(run, f, update, false);
  }

  /**
   * Runs from the start, handing each row to {@code sink} as it is made; the run stops early, without
   * an ending, when the sink returns false.
   *
   * @throws DescentException when the function of a watched run is not finite at the start
   */
  public Trajectory.Streamed stream(Predicate<Row> sink) {
    At at = new At(run.start());
    double[][] state = run.optimizer().initialState(at.x);
    if (watched) {
      at.loss = f.value(at.x);
      at.g = f.gradient(at.x);
      if (!Double.isFinite(at.loss) || !Vectors.finite(at.g)) {
        throw new DescentException("at the start " + Trajectory.describe(f, at.x) + ", the function " + f.text()
            + " or its gradient is " + NotFinite.why(at.loss, at.g));
      }
    }
    if (!sink.test(row(0, at, state))) {
      return new Trajectory.Streamed(0, Optional.empty());
    }
    for (int k = 1; k <= run.steps(); k++) {
      Ending ending = advance(at, state, k);
      if (ending != null) {
        return new Trajectory.Streamed(k - 1, Optional.of(ending));
      }
      boolean more = sink.test(row(k, at, state));
      if (watched && Vectors.largest(at.x) > Trajectory.BOUND) {
        return new Trajectory.Streamed(k, Optional.of(new Ending(k, true, "diverged at step " + k
            + ": a coordinate passed " + String.format(java.util.Locale.ROOT, "%.0e", Trajectory.BOUND)
            + " in magnitude")));
      }
      if (!more) {
        return new Trajectory.Streamed(k, Optional.empty());
      }
    }
    return new Trajectory.Streamed(run.steps(), Optional.empty());
  }

  /**
   * Every row from the start, or null when the run ended early: a slipped run that left the finite
   * numbers, or whose rule refused a step, leads nowhere a learner could write down.
   */
  public List<Row> rowsOrNull() {
    Rows rows = new Rows(run.steps() + 1);
    return stream(rows).ending().isPresent() ? null : rows.kept();
  }

  /**
   * Step {@code k} from {@code x} with {@code state} (neither is changed), as from a learner's own row:
   * the row it reaches, or empty where the run would end.
   */
  public Optional<Row> next(double[] x, double[][] state, int k) {
    At at = new At(x.clone());
    double[][] s = copy(state);
    return advance(at, s, k) == null ? Optional.of(row(k, at, s)) : Optional.empty();
  }

  /**
   * Takes step {@code k} from {@code at}, updating {@code state} in place and moving {@code at} to the
   * new point; why the run ends there instead, or null.
   */
  private Ending advance(At at, double[][] state, int k) {
    double eta = run.schedule().rate(run.eta(), k);
    double[] g = at.g != null ? at.g : f.gradient(at.x);
    double[] used = clip.isOn() ? clip.apply(g) : g;
    oracle.beginStep();
    double[] next;
    try {
      next = update.step(at.x, used, oracle, state, eta, k);
    } catch (StepRefused refused) {
      return new Ending(k, false, "stopped before step " + k + ": " + refused.getMessage());
    }
    boolean clipped = oracle.usedClipped(clip.clips(g));
    if (!Vectors.finite(next) || !Vectors.finite(state)) {
      return new Ending(k, true, "diverged at step " + k + ": the numbers overflowed (grew past the largest double)");
    }
    double loss = Double.NaN;
    double[] gradient = null;
    if (watched) {
      loss = f.value(next);
      gradient = f.gradient(next);
      if (!Double.isFinite(loss) || !Vectors.finite(gradient)) {
        return new Ending(k, true, "stopped at step " + k + ": at " + Trajectory.describe(f, next)
            + ", the function or its gradient is " + NotFinite.why(loss, gradient));
      }
    }
    at.x = next;
    at.loss = loss;
    at.g = gradient;
    at.eta = eta;
    at.clipped = clipped;
    return null;
  }

  private Row row(int k, At at, double[][] state) {
    return new Row(k, at.x.clone(), at.loss, at.g == null ? NONE : at.g.clone(), at.eta, at.clipped,
        run.optimizer().stateNames(), copy(state));
  }

  private static double[][] copy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  /**
   * Where a run is: the point, the loss and the gradient there (null until taken, on a slipped run),
   * and the rate and clipping of the step that led there.
   */
  private static final class At {
    double[] x;
    double loss = Double.NaN;
    double[] g;
    double eta = Double.NaN;
    boolean clipped;

    At(double[] x) {
      this.x = x;
    }
  }

  /** A sink that keeps every row: a class rather than a method reference, which would cost a lambda's linking. */
  static final class Rows implements Predicate<Row> {
    private final java.util.ArrayList<Row> kept;

    Rows(int expected) {
      kept = new java.util.ArrayList<>(expected);
    }

    @Override public boolean test(Row row) {
      kept.add(row);
      return true;
    }

    List<Row> kept() {
      return kept;
    }
  }
}
