package dev.descent.lesson;

import dev.descent.lesson.json.Pos;
import dev.descent.problem.FunctionParam;
import dev.descent.problem.NumParam;
import dev.descent.problem.PointParam;
import dev.descent.problem.RunSpec;
import dev.descent.problem.Computation;
import java.util.List;

/** A display the engine draws on a page: a run's table, plot or contour map, a comparison, a Hessian or an SGD step. */
public sealed interface DisplaySpec permits DisplaySpec.Table, DisplaySpec.Plot, DisplaySpec.Contour,
    DisplaySpec.Compare, DisplaySpec.Hessian, DisplaySpec.Sgd {

  /** Where the display is written. */
  Pos pos();

  /** A run's trajectory table. */
  record Table(RunSpec run, List<String> columns, boolean state, Pos pos, int every) implements DisplaySpec {
    /** A table of every step. */
    public Table(RunSpec run, List<String> columns, boolean state, Pos pos) {
      this(run, columns, state, pos, 1);
    }
  }

  /** Series of a run against step. */
  record Plot(RunSpec run, List<String> series, Pos pos) implements DisplaySpec {}

  /** A two-variable run's path over the level sets of its function. */
  record Contour(RunSpec run, Pos pos) implements DisplaySpec {}

  /** Several labelled runs side by side. */
  record Compare(List<String> labels, List<RunSpec> runs, NumParam steps, Pos pos) implements DisplaySpec {}

  /** The curvature of a function at a point. */
  record Hessian(FunctionParam f, PointParam at, Pos pos) implements DisplaySpec {}

  /** Every quantity of one SGD step, one weight or several and a bias. */
  record Sgd(Computation step, Pos pos) implements DisplaySpec {}
}
