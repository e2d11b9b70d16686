package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Trajectory;
import java.util.ArrayList;
import java.util.List;

/** A trajectory table the learner fills: columns of a run for the steps first..last. */
public record TrajectoryTableComputation(RunSpec run, List<String> columns, int first, int last) implements Computation {

  public TrajectoryTableComputation {
    columns = List.copyOf(columns);
    if (first < 0 || last < first) {
      throw new DescentException("rows must be [first, last] with 0 <= first <= last");
    }
    if (last - first >= 200) {
      throw new DescentException("a table to fill may have at most 200 rows");
    }
  }

  @Override
  public java.util.Optional<RunSpec> stepped() {
    return java.util.Optional.of(run);
  }

  @Override public QuestionKind kind() { return QuestionKind.TABLE; }

  /** The columns as quantities, each a single number. */
  List<Quantity> quantities(Run r) {
    List<Quantity> out = new ArrayList<>();
    for (String c : columns) {
      Quantity q = Quantity.parse(c, r.f().variables(), r.optimizer().stateNames());
      if (!q.scalar()) {
        throw new DescentException("table column \"" + c + "\" is not a single number; name one coordinate, as in \""
            + c + "." + r.f().variables().get(0) + "\"");
      }
      if (q instanceof Quantity.Rate && first == 0) {
        throw new DescentException("the eta column needs rows from step 1");
      }
      out.add(q);
    }
    return out;
  }

  @Override
  public Outcome evaluate(Bindings b) {
    Run base = run.build(b, last);
    Trajectory t = Trajectory.of(base.withSteps(Math.max(base.steps(), last)));
    RunSpec.reached(t, last);
    List<Integer> steps = new ArrayList<>();
    for (int k = first; k <= last; k++) {
      steps.add(k);
    }
    TrajectoryTableModel model = new TrajectoryTableModel(t, quantities(base), steps, run.f().substituted(b));
    return new Outcome(new Value.Table(model), List.of(), () -> {
      List<String> solution = new ArrayList<>(Explain.setting(base));
      solution.add("");
      solution.addAll(Explain.table(t, last));
      List<String> arithmetic = Explain.gdStep(t, Math.max(first, 1));
      if (!arithmetic.isEmpty()) {
        solution.add("");
        solution.add("The first step in numbers:");
        solution.addAll(arithmetic);
      }
      return solution;
    }).withParts(row -> row >= 1 && row >= first && row <= last ? StepParts.of(run, b, row, columns) : List.of());
  }
}
