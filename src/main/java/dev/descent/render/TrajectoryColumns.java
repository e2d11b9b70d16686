package dev.descent.render;

import dev.descent.engine.optim.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/** Builds the columns of a trajectory (all but {@code step}) for the table and the CSV writer. */
final class TrajectoryColumns {

  private TrajectoryColumns() {}

  /** The rows whose step is a multiple of {@code every}, and the last row. */
  static List<Row> shown(List<Row> rows, int every) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).step() % every == 0 || i == rows.size() - 1) {
        out.add(rows.get(i));
      }
    }
    return out;
  }

  /** The step numbers of {@code rows}. */
  static List<String> steps(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(Integer.toString(r.step()));
    }
    return out;
  }

  /** Coordinates, loss, and whatever else {@code o} asks for, with numbers written by {@code number}. */
  static List<Column> of(List<Row> rows, List<String> variables, TableOptions o, DoubleFunction<String> number,
      Function<Boolean, String> flag) {
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < variables.size(); i++) {
      int c = i;
      out.add(Column.of(variables.get(i), cells(rows, r -> number.apply(r.point()[c]))));
    }
    out.add(Column.of(o.lossHeader(), cells(rows, r -> number.apply(r.loss()))));
    if (o.gradient()) {
      for (int i = 0; i < variables.size(); i++) {
        int c = i;
        out.add(Column.of(o.gradientPrefix() + variables.get(i), cells(rows, r -> number.apply(r.gradient()[c]))));
      }
    }
    if (o.state() && !rows.isEmpty()) {
      List<String> names = rows.get(0).stateNames();
      for (int s = 0; s < names.size(); s++) {
        for (int i = 0; i < variables.size(); i++) {
          int k = s;
          int c = i;
          String header = variables.size() == 1 ? names.get(s) : names.get(s) + "[" + variables.get(i) + "]";
          out.add(Column.of(header, cells(rows, r -> number.apply(r.state()[k][c]))));
        }
      }
    }
    if (o.eta()) {
      out.add(Column.of("eta", cells(rows, r -> Double.isNaN(r.eta()) ? "" : number.apply(r.eta()))));
    }
    if (o.clipped()) {
      out.add(Column.of("clipped", cells(rows, r -> flag.apply(r.clipped()))));
    }
    return out;
  }

  private static List<String> cells(List<Row> rows, Function<Row, String> cell) {
    List<String> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(cell.apply(r));
    }
    return out;
  }
}
