package dev.descent.render;

import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Trajectory;
import java.util.ArrayList;
import java.util.List;

/**
 * A run as an aligned text table: {@code step}, each coordinate, the loss, and the gradient, state,
 * learning rate and clipped marker as {@link TableOptions} asks, split into panels to fit the width,
 * with numbers written by {@link Numbers}. The learning rate is blank at step 0, where no update has
 * happened; a clipped step is marked {@code yes}.
 */
public final class TrajectoryTable {

  private TrajectoryTable() {}

  /** The table of {@code t}, followed by a line saying where it diverged, if it did. */
  public static List<String> lines(Trajectory t, TableOptions o) {
    List<String> out = new ArrayList<>(lines(t.rows(), t.run().f().variables(), o));
    if (t.endNote().isPresent()) {
      out.addAll(Paragraph.wrap(t.endNote().get(), o.width()));
    }
    return out;
  }

  /** The table of {@code rows}, whose points have the coordinates {@code variables} in order. */
  public static List<String> lines(List<Row> rows, List<String> variables, TableOptions o) {
    List<Row> shown = TrajectoryColumns.shown(rows, o.every());
    Column step = Column.of("step", TrajectoryColumns.steps(shown));
    List<Column> columns = TrajectoryColumns.of(shown, variables, o, v -> Numbers.format(v, o.digits()),
        clipped -> clipped ? "yes" : "");
    return TextTable.lines(step, columns, o.width());
  }
}
