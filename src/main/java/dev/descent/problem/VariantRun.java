package dev.descent.problem;

import dev.descent.engine.Objective;
import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Stepper;
import dev.descent.engine.optim.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where a usual wrong way of taking a run's steps leads: the engine's {@link Stepper}, read as snapshots. */
final class VariantRun {
  private VariantRun() {}

  /**
   * The points of {@code steps} steps of {@code update} on {@code f} (the run's own function unless
   * a mistake changes it), with the run's start, schedule and clipping; null when it stops being
   * finite or the rule refuses a step.
   */
  static List<Snapshot> run(Run run, Objective f, Update update, int steps) {
    List<Row> rows = Stepper.slipped(run.withSteps(steps), f, update).rowsOrNull();
    if (rows == null) {
      return null;
    }
    List<Snapshot> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(of(r));
    }
    return out;
  }

  /** One step of {@code update} from a row of the true run (or a learner's row); null when not finite. */
  static Snapshot oneStep(Run run, Objective f, Update update, double[] x, double[][] state, int k) {
    Optional<Row> next = Stepper.slipped(run, f, update).next(x, state, k);
    return next.isPresent() ? of(next.get()) : null;
  }

  /** A snapshot of a row. */
  static Snapshot of(Row r) {
    return new Snapshot(r.step(), r.point(), Snapshot.copy(r.state()), r.eta());
  }
}
