package dev.descent.problem;

import dev.descent.engine.expr.Notation;
import dev.descent.engine.optim.GradientDescent;
import dev.descent.engine.optim.Optimizer;
import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Schedule;
import dev.descent.engine.optim.Trajectory;
import dev.descent.render.Numbers;
import dev.descent.render.TableOptions;
import dev.descent.render.TrajectoryTable;
import java.util.ArrayList;
import java.util.List;

/** Pieces of worked solutions: the rule in symbols, the arithmetic of a step, and the run as a table. */
final class Explain {
  /** Solutions are drawn this wide, so they fit an 80-column screen with a margin. */
  static final int WIDTH = 76;

  private Explain() {}

  /** The update rule in symbols, with the optimizer's settings in place (one catalogue, {@code OptimizerForm}). */
  static String rule(Optimizer opt) {
    return opt.rule();
  }

  /** What the run is, in one or two lines. */
  static List<String> setting(Run run) {
    List<String> out = new ArrayList<>();
    out.add("f(" + String.join(", ", run.f().variables()) + ") = " + Notation.of(run.f().text()) + ", start "
        + Numbers.assignments(run.f().variables(), run.start()) + ", η = " + n(run.eta())
        + (run.schedule() instanceof Schedule.Constant ? "" : " (" + run.schedule().formula() + ")")
        + (run.clipping().isOn() ? ", gradients clipped to norm " + n(run.clipping().tau()) : ""));
    out.add("Rule: " + rule(run.optimizer()));
    return out;
  }

  /** The arithmetic of plain gradient descent's step k on one coordinate, or nothing for other rules. */
  static List<String> gdStep(Trajectory t, int k) {
    Run run = t.run();
    if (!(run.optimizer() instanceof GradientDescent) || k < 1 || run.clipping().isOn()) {
      return List.of();
    }
    List<String> vars = run.f().variables();
    Row prev = t.rows().get(k - 1);
    Row now = t.rows().get(k);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < vars.size(); i++) {
      String v = vars.get(i);
      double g = prev.gradient()[i];
      out.add(v + sub(k) + " = " + v + sub(k - 1) + " − η·g = " + n(prev.point()[i]) + " − " + n(now.eta())
          + "·" + (g < 0 ? "(" + n(g) + ")" : n(g)) + " = " + n(now.point()[i]));
    }
    return out;
  }

  /** Rows kept at each end of a long run's table in a solution. */
  static final int ENDS = 3;

  /**
   * The rows 0..k of the run as a table, as {@link #table} gives them, but a long run shows only its
   * first and last {@link #ENDS} rows and says which steps it leaves out: a solution of step 1000 is a
   * few lines, not a thousand.
   */
  static List<String> shortTable(Trajectory t, int k) {
    int last = Math.min(k, t.rows().size() - 1);
    if (last + 1 <= 3 * ENDS) {
      return table(t, last);
    }
    List<Row> rows = new ArrayList<>(t.rows().subList(0, ENDS));
    rows.addAll(t.rows().subList(last - ENDS + 1, last + 1));
    List<String> out = new ArrayList<>(table(t, rows));
    out.add("(steps " + ENDS + " to " + (last - ENDS) + " are left out)");
    return out;
  }

  /** The rows 0..k of the run as a table, with the state when the rule has one. */
  static List<String> table(Trajectory t, int k) {
    return table(t, t.rows().subList(0, Math.min(k + 1, t.rows().size())));
  }

  private static List<String> table(Trajectory t, List<Row> rows) {
    TableOptions o = TableOptions.defaults().withWidth(WIDTH)
        .withState(!t.run().optimizer().stateNames().isEmpty())
        .withEta(!(t.run().schedule() instanceof Schedule.Constant))
        .withClipped(t.run().clipping().isOn());
    if (t.run().f().dimension() > 1) {
      o = o.withLossHeader("f", "df/d");
    } else {
      o = o.withLossHeader("L(" + t.run().f().variables().get(0) + ")", "dL/d");
    }
    return TrajectoryTable.lines(rows, t.run().f().variables(), o);
  }

  /** {@code k} in subscript digits, as in w₁₂. */
  static String sub(int k) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(k).toCharArray()) {
      out.append((char) ('₀' + (c - '0')));
    }
    return out.toString();
  }

  /** A point of a worked solution, as {@code x = 1, y = −2}. */
  static String point(List<String> names, double[] x) {
    return Numbers.assignments(names, x).replace('-', '−');
  }

  /** A vector of a worked solution, as {@code (1, −2)}. */
  static String vector(double[] v) {
    return Numbers.vector(v).replace('-', '−');
  }

  /** A number of a worked solution: ten significant digits, and the minus sign of print. */
  static String n(double v) {
    return Numbers.format(v).replace('-', '−');
  }
}
