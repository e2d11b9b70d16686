package dev.descent.problem;

import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import dev.descent.engine.optim.Clipping;
import dev.descent.engine.optim.HyperParameter;
import dev.descent.engine.optim.Optimizer;
import dev.descent.engine.optim.OptimizerForm;
import java.util.List;
import java.util.Map;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Schedule;

/**
 * The parameters of a run in a lesson file, turned into an engine {@link Run} per variant; {@code settings}
 * holds the optimizer's hyper-parameters by key ({@code beta}, {@code mu}, {@code weight_decay}, …).
 */
public record RunSpec(FunctionParam f, PointParam start, NumParam eta, NumParam steps, String optimizer,
    Map<String, NumParam> settings, NumParam clip, String schedule) {

  public RunSpec {
    settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
  }

  /**
   * The most steps a run in a lesson file may take or be asked about: the course needs 1,000, and a file
   * that asked for a million would hold a learner's screen for minutes or exhaust memory.
   */
  public static final int MAX_STEPS = 20_000;

  /**
   * The run for one variant, with {@code steps} from the file or {@code fallbackSteps}.
   *
   * @throws DescentException when the steps, or the step a question asks about ({@code fallbackSteps}),
   *     exceed {@link #MAX_STEPS}
   */
  public Run build(Bindings b, int fallbackSteps) {
    int n = steps(b, fallbackSteps);
    if (b.has(PROBE_STEPS)) {
      n = (int) Math.min(MAX_STEPS, n * b.get(PROBE_STEPS));
    }
    Objective objective = f.bind(start.names(), b);
    Map<String, Double> values = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, NumParam> e : settings.entrySet()) {
      values.put(e.getKey(), e.getValue().eval(b));
    }
    if (b.has(PROBE_NO_EPS) && form().parameters().contains(HyperParameter.EPS)) {
      values.put(HyperParameter.EPS.key(), 0.0);
    }
    Optimizer opt = form().make(values);
    Clipping clipping = clip == null ? Clipping.none() : new Clipping(clip.eval(b));
    Schedule sched = Schedule.parse(schedule == null ? "constant" : schedule, n);
    return new Run(objective, start.eval(b), opt, eta.eval(b), sched, clipping, n);
  }

  /**
   * Bound to any number, the run takes ε = 0 ({@code validate}'s check that a key is no ε artefact). The probes'
   * names cannot be a lesson variable's, so no file can set them.
   */
  public static final String PROBE_NO_EPS = "probe:eps=0";
  /**
   * Bound to a factor, the run takes that many times its steps, at most {@link #MAX_STEPS} ({@code validate}'s
   * check that the steps settle a behaviour).
   */
  public static final String PROBE_STEPS = "probe:steps*";

  /** True when the run's optimizer has an ε, so that a probe with ε = 0 can change it. */
  public boolean hasEps() {
    return form().parameters().contains(HyperParameter.EPS);
  }

  /** The optimizer's form in the catalogue: plain gradient descent unless the file names another. */
  public OptimizerForm form() {
    return OptimizerForm.named(optimizer == null ? "gd" : optimizer);
  }

  /** The names of the state the run's optimizer keeps, which a question may ask for. */
  public List<String> stateNames() {
    return form().state();
  }

  /**
   * The number of steps from the file, or {@code fallback}.
   *
   * @throws DescentException when it, or {@code fallback}, exceeds {@link #MAX_STEPS}
   */
  public int steps(Bindings b, int fallback) {
    int n = steps == null ? fallback : steps.evalInt(b, "steps");
    if (Math.max(n, fallback) > MAX_STEPS) {
      throw new DescentException("a run in a lesson takes at most " + MAX_STEPS + " steps; this one needs "
          + Math.max(n, fallback));
    }
    return n;
  }

  /** Refuses a run that the question needs to reach step {@code k} but that diverged before. */
  static void reached(dev.descent.engine.optim.Trajectory t, int k) {
    if (t.rows().size() <= k) {
      throw new DescentException("the run stops before step " + k + ": " + t.endNote().orElse("it has fewer steps"));
    }
  }
}
