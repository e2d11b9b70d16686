package dev.descent.render;

import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Trajectory;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Several runs side by side, such as gradient descent, momentum and Nesterov on one function:
 * {@code step}, then for each run its coordinates and loss under a label naming the run, split into
 * panels to fit the width (a run's columns stay in one panel when they can). A run that stopped
 * early leaves its cells blank below its last step; each divergence is reported after the table.
 */
public final class ComparisonTable {

  private ComparisonTable() {}

  /** The comparison of {@code runs}, using the digits, width, loss header and row spacing of {@code o}. */
  public static List<String> lines(List<NamedTrajectory> runs, TableOptions o) {
    List<Integer> steps = steps(runs, o.every());
    List<String> stepCells = new ArrayList<>();
    for (int s : steps) {
      stepCells.add(Integer.toString(s));
    }
    List<Column> columns = new ArrayList<>();
    for (NamedTrajectory run : runs) {
      columns.addAll(columns(run, steps, o));
    }
    List<String> out = new ArrayList<>(TextTable.lines(Column.of("step", stepCells), columns, o.width()));
    for (NamedTrajectory run : runs) {
      if (run.trajectory().endNote().isPresent()) {
        out.addAll(Paragraph.wrap(run.name() + ": " + run.trajectory().endNote().get(), o.width()));
      }
    }
    return out;
  }

  /** Every step that is a multiple of {@code every} in some run, and each run's last step. */
  private static List<Integer> steps(List<NamedTrajectory> runs, int every) {
    TreeSet<Integer> steps = new TreeSet<>();
    for (NamedTrajectory run : runs) {
      for (Row r : TrajectoryColumns.shown(run.trajectory().rows(), every)) {
        steps.add(r.step());
      }
    }
    return new ArrayList<>(steps);
  }

  private static List<Column> columns(NamedTrajectory run, List<Integer> steps, TableOptions o) {
    Trajectory t = run.trajectory();
    List<String> variables = t.run().f().variables();
    List<Column> out = new ArrayList<>();
    for (int i = 0; i <= variables.size(); i++) {
      int c = i;
      boolean loss = i == variables.size();
      List<String> cells = new ArrayList<>();
      for (int s : steps) {
        cells.add(t.row(s).map(r -> Numbers.format(loss ? r.loss() : r.point()[c], o.digits())).orElse(""));
      }
      out.add(new Column(run.name(), loss ? o.lossHeader() : variables.get(i), cells));
    }
    return out;
  }
}
