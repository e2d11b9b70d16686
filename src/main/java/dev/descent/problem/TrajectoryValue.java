package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.expr.Notation;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Trajectory;
import java.util.ArrayList;
import java.util.List;

/** A value of a run at a step: a coordinate, the loss, the gradient, the rate or the optimizer's state. */
public record TrajectoryValue(RunSpec run, NumParam step, String take) implements Computation {

  /** The quantity {@code take} names, for this run's coordinates and optimizer. */
  Quantity quantity(Run r) {
    return Quantity.parse(take, r.f().variables(), r.optimizer().stateNames());
  }

  /**
   * A number, or a vector for the point, the gradient or a state of a run of several coordinates.
   *
   * @throws dev.descent.engine.DescentException when the run has nothing called {@code take}
   */
  @Override
  public java.util.Optional<RunSpec> stepped() {
    return java.util.Optional.of(run);
  }

  @Override
  public QuestionKind kind() {
    return Quantity.parse(take, run.start().names(), run.stateNames()).scalar() ? QuestionKind.NUMBER
        : QuestionKind.VECTOR;
  }

  @Override
  public Outcome evaluate(Bindings b) {
    int k = step.evalInt(b, "step");
    if (k < 0) {
      throw new dev.descent.engine.DescentException("step must be 0 or more, got " + k);
    }
    Run base = run.build(b, k);
    Trajectory t = Trajectory.of(base.withSteps(Math.max(base.steps(), k) + 1));
    RunSpec.reached(t, k);
    Objective f = base.f();
    Quantity q = quantity(base);
    Value answer = q.read(VariantRun.of(t.rows().get(k)), f);
    List<Mistake> mistakes = new ArrayList<>();
    if (k >= 1) {
      mistakes.add(UsualMistakes.ONE_STEP_TOO_FEW.at(k - 1).of(q.read(VariantRun.of(t.rows().get(k - 1)), f)));
    }
    if (t.rows().size() > k + 1) {
      mistakes.add(UsualMistakes.ONE_STEP_TOO_MANY.at(k + 1).of(q.read(VariantRun.of(t.rows().get(k + 1)), f)));
    }
    if (!(q instanceof Quantity.Rate) && k >= 1) {
      Expression written = run.f().substituted(b);
      for (RunSlip slip : RunSlip.of(base, written)) {
        Objective slipped = slip.objective(base);
        List<Snapshot> wrong = VariantRun.run(base, slipped, slip.update(), k);
        if (wrong != null) {
          mistakes.add(slip.wording().of(q.read(wrong.get(k), f)));
        }
        if (k > 1) {
          Snapshot prev = VariantRun.of(t.rows().get(k - 1));
          Snapshot once = VariantRun.oneStep(base, slipped, slip.update(), prev.point(), prev.state(), k);
          if (once != null) {
            mistakes.add(slip.wording().inLastStep().of(q.read(once, f)));
          }
        }
      }
    }
    return new Outcome(answer, mistakes, () -> {
      List<String> solution = new ArrayList<>(Explain.setting(base));
      solution.add("");
      // The table stops before the asked value (a gradient is the last column of its own row), so that it
      // gives away neither this answer nor a later question's.
      boolean gradient = q instanceof Quantity.Grad || q instanceof Quantity.GradCoordinate;
      solution.addAll(Explain.shortTable(t, gradient || k == 0 ? k : k - 1));
      List<String> arithmetic = Explain.gdStep(t, k);
      if (!arithmetic.isEmpty()) {
        solution.add("");
        solution.addAll(arithmetic);
      }
      solution.add("");
      solution.add("Answer: " + Notation.symbols(q.header(f.variables())) + " at step " + k + " = " + answer.show());
      return solution;
    }).withParts(row -> k >= 1 && madeOfParts(q) ? StepParts.of(run, b, k, List.of(take)) : List.of());
  }

  /** True for the values a step works out from the row before: the point, a coordinate, a state. */
  private static boolean madeOfParts(Quantity q) {
    return q instanceof Quantity.Coordinate || q instanceof Quantity.Point || q instanceof Quantity.State
        || q instanceof Quantity.StateCoordinate;
  }
}
