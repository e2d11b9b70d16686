package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Schedule;
import dev.descent.engine.optim.Trajectory;
import dev.descent.render.Column;
import dev.descent.render.ComparisonTable;
import dev.descent.render.ContourMap;
import dev.descent.render.ContourOptions;
import dev.descent.render.LinePlot;
import dev.descent.render.NamedTrajectory;
import dev.descent.render.PlotOptions;
import dev.descent.render.Series;
import dev.descent.render.TableOptions;
import dev.descent.render.TextTable;
import dev.descent.render.Trend;
import java.util.ArrayList;
import java.util.List;

/** Draws a lesson's run displays at a given width: tables of chosen columns, plots, contour maps, comparisons. */
public final class RunDisplays {
  private RunDisplays() {}

  /** A table of the run; {@code columns} as in a table question (null for the usual ones). */
  public static List<String> table(Trajectory t, List<String> columns, boolean state, int width) {
    Run run = t.run();
    List<String> vars = run.f().variables();
    List<String> names = new ArrayList<>();
    if (columns == null) {
      names.addAll(vars);
      names.add("loss");
      for (String v : vars) {
        names.add("grad." + v);
      }
      if (state) {
        for (String s : run.optimizer().stateNames()) {
          for (String v : vars) {
            names.add(s + "." + v);
          }
        }
      }
      if (state || !(run.schedule() instanceof Schedule.Constant)) {
        names.add("eta");
      }
    } else {
      names.addAll(columns);
    }
    List<Column> out = new ArrayList<>();
    for (String name : names) {
      Quantity q = Quantity.parse(name, vars, run.optimizer().stateNames());
      List<String> cells = new ArrayList<>();
      for (Row r : t.rows()) {
        if (q instanceof Quantity.Rate && r.isStart()) {
          cells.add("");
        } else {
          cells.add(((Value.Scalar) q.read(VariantRun.of(r), run.f())).show());
        }
      }
      out.add(Column.of(q.header(vars), cells));
    }
    List<String> steps = new ArrayList<>();
    for (Row r : t.rows()) {
      steps.add(Integer.toString(r.step()));
    }
    List<String> lines = new ArrayList<>(TextTable.lines(Column.of("step", steps), out, width));
    if (t.endNote().isPresent()) {
      lines.add(t.endNote().get());
    }
    return lines;
  }

  /** Plots of the run against step: the chosen series (coordinates, loss) or the loss and the coordinates. */
  public static List<String> plot(Trajectory t, List<String> series, int width) {
    PlotOptions o = PlotOptions.defaults().withWidth(width);
    if (series == null || series.isEmpty()) {
      List<String> out = new ArrayList<>(LinePlot.loss(t, o));
      out.add("");
      out.addAll(LinePlot.coordinates(t, o));
      return out;
    }
    List<String> vars = t.run().f().variables();
    List<String> out = new ArrayList<>();
    for (String s : series) {
      Quantity q = Quantity.parse(s, vars, t.run().optimizer().stateNames());
      double[] values = values(t, q);
      if (!out.isEmpty()) {
        out.add("");
      }
      String name = q.header(vars);
      out.addAll(LinePlot.lines(List.of(new Series(name, values)), o.withTitles(name, "step")));
    }
    return out;
  }

  /** What the plots of {@link #plot} show, in one line computed from the run's numbers. */
  public static String describePlot(Trajectory t, List<String> series) {
    List<String> parts = new ArrayList<>();
    if (series == null || series.isEmpty()) {
      parts.add(Trend.series("L", t.rows().stream().mapToDouble(Row::loss).toArray()));
      List<String> vars = t.run().f().variables();
      for (int i = 0; i < vars.size(); i++) {
        int c = i;
        parts.add(Trend.series(vars.get(i), t.rows().stream().mapToDouble(r -> r.point()[c]).toArray()));
      }
    } else {
      List<String> vars = t.run().f().variables();
      for (String s : series) {
        Quantity q = Quantity.parse(s, vars, t.run().optimizer().stateNames());
        parts.add(Trend.series(q.header(vars), values(t, q)));
      }
    }
    return "Steps 0 to " + t.last().step() + ": " + String.join("; ", parts) + ending(t);
  }

  /** What the contour map of {@link #contour} shows, in one line computed from the run's path. */
  public static String describeContour(Trajectory t) {
    List<double[]> points = new ArrayList<>();
    for (Row r : t.rows()) {
      points.add(r.point());
    }
    String path = Trend.path(t.run().f().variables(), points);
    return Character.toUpperCase(path.charAt(0)) + path.substring(1) + " on the level sets of " + t.run().f().text()
        + ending(t);
  }

  private static String ending(Trajectory t) {
    return t.diverged() ? "; " + t.divergence() : ".";
  }

  /** The run's path on the level sets of its two-variable function. */
  public static List<String> contour(Trajectory t, int width) {
    ContourOptions o = ContourOptions.defaults();
    int columns = Math.max(21, Math.min(61, width - 15));
    return ContourMap.lines(t, o.withSize(columns, Math.max(11, Math.min(21, columns / 3))));
  }

  /** The quantity {@code q} at every step of {@code t} (the rate is undefined at step 0). */
  private static double[] values(Trajectory t, Quantity q) {
    double[] values = new double[t.rows().size()];
    for (int i = 0; i < values.length; i++) {
      Row r = t.rows().get(i);
      values[i] = q instanceof Quantity.Rate && r.isStart() ? Double.NaN
          : ((Value.Scalar) q.read(VariantRun.of(r), t.run().f())).value();
    }
    return values;
  }

  /** Several runs side by side. */
  public static List<String> compare(List<String> labels, List<Trajectory> runs, int width) {
    List<NamedTrajectory> named = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      named.add(new NamedTrajectory(labels.get(i), runs.get(i)));
    }
    return ComparisonTable.lines(named, TableOptions.defaults().withWidth(width));
  }
}
