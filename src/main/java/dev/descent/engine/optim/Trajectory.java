package dev.descent.engine.optim;

import dev.descent.engine.Decimal;
import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * The rows of a run, step 0 first, and how it ended if it ended early. A run that overflows,
 * produces NaN, or carries a coordinate past {@link #BOUND} stops there and reports the step; so
 * does one whose rule refuses a step. No row ever holds a value that is not finite.
 */
public record Trajectory(Run run, List<Row> rows, Optional<Ending> ending) {

  /** A coordinate larger than this in magnitude counts as divergence. */
  public static final double BOUND = 1e12;

  /** The most rows {@link #of} keeps; longer runs are streamed with {@link #stream}. */
  public static final int MAX_KEPT_ROWS = 1_000_000;

  /** How a streamed run ended: the last step reached and, when it ended early, where and why. */
  public record Streamed(int lastStep, Optional<Ending> ending) {
    /** The step at which it diverged, if it did. */
    public OptionalInt divergedAt() {
      return Trajectory.divergedAt(ending);
    }

    /** Where and why it diverged, or null. */
    public String divergence() {
      return ending.filter(Ending::diverged).map(Ending::message).orElse(null);
    }
  }

  /** Runs {@code run} and keeps every row. */
  public static Trajectory of(Run run) {
    if (run.steps() >= MAX_KEPT_ROWS) {
      throw new DescentException("a run of " + run.steps() + " steps is too long to keep whole; "
          + "stream it instead (at most " + (MAX_KEPT_ROWS - 1) + " kept rows)");
    }
    Stepper.Rows rows = new Stepper.Rows(run.steps() + 1);
    Streamed s = stream(run, rows);
    return new Trajectory(run, List.copyOf(rows.kept()), s.ending());
  }

  /**
   * Runs {@code run}, handing each row to {@code sink} as it is made, without keeping them; the run
   * stops early, without divergence, when the sink returns false. The loop is {@link Stepper}'s.
   *
   * @throws DescentException when the function is not finite at the start
   */
  public static Streamed stream(Run run, Predicate<Row> sink) {
    return Stepper.of(run).stream(sink);
  }

  /** The last row. */
  public Row last() {
    return rows.get(rows.size() - 1);
  }

  /** The row of step {@code k}, if the run got that far. */
  public java.util.Optional<Row> row(int k) {
    return k >= 0 && k < rows.size() ? java.util.Optional.of(rows.get(k)) : java.util.Optional.empty();
  }

  /** True when the run diverged. */
  public boolean diverged() {
    return divergedAt().isPresent();
  }

  /** The step at which the run diverged, if it did. */
  public OptionalInt divergedAt() {
    return divergedAt(ending);
  }

  /** Where and why the run diverged, or null when it did not. */
  public String divergence() {
    return ending.filter(Ending::diverged).map(Ending::message).orElse(null);
  }

  /** Where and why the run ended early, for whatever reason, if it did: the line shown under its table. */
  public Optional<String> endNote() {
    return ending.map(Ending::message);
  }

  private static OptionalInt divergedAt(Optional<Ending> ending) {
    return ending.filter(Ending::diverged).map(e -> OptionalInt.of(e.step())).orElse(OptionalInt.empty());
  }

  static String describe(Objective f, double[] x) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(f.variables().get(i)).append(" = ").append(Decimal.of(x[i]));
    }
    return sb.toString();
  }
}
