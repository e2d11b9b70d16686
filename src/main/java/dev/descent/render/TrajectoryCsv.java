package dev.descent.render;

import dev.descent.engine.Decimal;
import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Trajectory;
import java.util.ArrayList;
import java.util.List;

/**
 * A run as comma-separated values for {@code --format csv}: a header line with the same column names
 * as {@link TrajectoryTable}, then one line per shown row. Numbers are written at full precision, in the
 * shortest decimal form that reads back exactly, as {@link Decimal#of(double)} writes it ({@code 0},
 * {@code 0.6}, {@code 1e+300}, never Java's {@code 0.0} or {@code 1.0E300}), the
 * learning rate is empty at step 0, and the clipped column holds {@code true} or {@code false}.
 * Digits and width in the options are ignored; divergence is not written, since CSV has no comments.
 */
public final class TrajectoryCsv {

  private TrajectoryCsv() {}

  /** The CSV lines of {@code t}. */
  public static List<String> lines(Trajectory t, TableOptions o) {
    return lines(t.rows(), t.run().f().variables(), o);
  }

  /** The CSV lines of {@code rows}, whose points have the coordinates {@code variables} in order. */
  public static List<String> lines(List<Row> rows, List<String> variables, TableOptions o) {
    List<Row> shown = TrajectoryColumns.shown(rows, o.every());
    List<Column> columns = new ArrayList<>();
    columns.add(Column.of("step", TrajectoryColumns.steps(shown)));
    columns.addAll(TrajectoryColumns.of(shown, variables, o, Decimal::of,
        clipped -> Boolean.toString(clipped)));
    List<String> out = new ArrayList<>(shown.size() + 1);
    List<String> header = new ArrayList<>();
    for (Column c : columns) {
      header.add(field(c.header()));
    }
    out.add(String.join(",", header));
    for (int r = 0; r < shown.size(); r++) {
      List<String> line = new ArrayList<>();
      for (Column c : columns) {
        line.add(field(c.cells().get(r)));
      }
      out.add(String.join(",", line));
    }
    return out;
  }

  /** {@code s} quoted as RFC 4180 asks when it holds a comma, quote or line break. */
  private static String field(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
