package dev.descent.problem;

import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import dev.descent.engine.optim.Clipping;
import dev.descent.engine.optim.Optimizer;
import dev.descent.engine.optim.Optimizers;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Schedule;

/** The parameters of a run in a lesson file, turned into an engine {@link Run} per variant. */
public record RunSpec(FunctionParam f, PointParam start, NumParam eta, NumParam steps, String optimizer,
    NumParam beta, NumParam beta1, NumParam beta2, NumParam eps, NumParam clip, String schedule) {

  /** The run for one variant, with {@code steps} from the file or {@code fallbackSteps}. */
  public Run build(Bindings b, int fallbackSteps) {
    Objective objective = f.bind(start.names(), b);
    int n = steps == null ? fallbackSteps : steps.evalInt(b, "steps");
    Optimizer opt = Optimizers.named(optimizer == null ? "gd" : optimizer, opt(beta, b), opt(beta1, b),
        opt(beta2, b), opt(eps, b));
    Clipping clipping = clip == null ? Clipping.none() : new Clipping(clip.eval(b));
    Schedule sched = Schedule.parse(schedule == null ? "constant" : schedule, n);
    return new Run(objective, start.eval(b), opt, eta.eval(b), sched, clipping, n);
  }

  /** The number of steps from the file, or {@code fallback}. */
  public int steps(Bindings b, int fallback) {
    return steps == null ? fallback : steps.evalInt(b, "steps");
  }

  private static Double opt(NumParam p, Bindings b) {
    return p == null ? null : p.eval(b);
  }

  /** Refuses a run that the question needs to reach step {@code k} but that diverged before. */
  static void reached(dev.descent.engine.optim.Trajectory t, int k) {
    if (t.rows().size() <= k) {
      throw new DescentException("the run stops before step " + k + ": " + t.divergence());
    }
  }
}
