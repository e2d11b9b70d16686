package dev.descent.problem;

import dev.descent.engine.Objective;
import dev.descent.engine.optim.Clipping;
import dev.descent.engine.optim.GradientOracle;
import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.StepRefused;
import java.util.ArrayList;
import java.util.List;

/** Runs a wrong update rule the way a learner would, to know where a usual mistake leads. */
final class VariantRun {
  private VariantRun() {}

  /**
   * The points of {@code steps} steps of {@code update} on {@code f} (the run's own function unless
   * a mistake changes it), with the run's start, schedule and clipping; null when it stops being
   * finite or the rule refuses a step.
   */
  static List<Snapshot> run(Run run, Objective f, Update update, int stateCount, int steps) {
    GradientOracle oracle = oracle(run.clipping(), f);
    double[] x = run.start();
    double[][] state = new double[stateCount][x.length];
    List<Snapshot> out = new ArrayList<>();
    out.add(new Snapshot(0, x.clone(), Snapshot.copy(state), Double.NaN));
    for (int k = 1; k <= steps; k++) {
      double eta = run.schedule().rate(run.eta(), k);
      double[] g = oracle.at(x);
      try {
        x = update.step(x, g, oracle, state, eta, k);
      } catch (StepRefused refused) {
        return null;
      }
      Snapshot s = new Snapshot(k, x.clone(), Snapshot.copy(state), eta);
      if (!s.finite()) {
        return null;
      }
      out.add(s);
    }
    return out;
  }

  /** One step of {@code update} from a row of the true run (or a learner's row); null when not finite. */
  static Snapshot oneStep(Run run, Objective f, Update update, double[] x, double[][] state, int k) {
    GradientOracle oracle = oracle(run.clipping(), f);
    double[][] s = Snapshot.copy(state);
    double eta = run.schedule().rate(run.eta(), k);
    double[] next;
    try {
      next = update.step(x.clone(), oracle.at(x), oracle, s, eta, k);
    } catch (StepRefused refused) {
      return null;
    }
    Snapshot snap = new Snapshot(k, next, s, eta);
    return snap.finite() ? snap : null;
  }

  /** A snapshot of a true row. */
  static Snapshot of(Row r) {
    return new Snapshot(r.step(), r.point(), Snapshot.copy(r.state()), r.eta());
  }

  static GradientOracle oracle(Clipping clip, Objective f) {
    return GradientOracle.of(f, clip);
  }
}
