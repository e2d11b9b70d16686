package dev.descent.render;

import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Trajectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One or more series drawn against step on a character grid, with a linear y scale labelled at its
 * top and bottom (and middle, for an odd height) by {@link Numbers}, steps labelled under the x axis,
 * and a legend giving each series its mark from {@link #MARKS}.
 *
 * <p>The lines are: the y title, one line per grid row, the x axis with its title at the right, the
 * step labels, then the legend (normally one line). When there are no more steps than columns, each
 * step gets its own column, spread over the width. When there are more, each column covers a run of
 * consecutive steps and is drawn as a vertical bar from the lowest to the highest value among them,
 * so oscillation stays visible; the legend then says how many steps a column covers. A constant
 * series lies on the middle row; values that are not finite are left out.
 */
public final class LinePlot {

  /** The marks of the series, in order; a later series is drawn over an earlier one. */
  public static final String MARKS = "*o+x#@%&";

  private LinePlot() {}

  /** The plot of {@code series}, one to eight of them. */
  public static List<String> lines(List<Series> series, PlotOptions o) {
    if (series.isEmpty() || series.size() > MARKS.length()) {
      throw new IllegalArgumentException("a plot shows 1 to " + MARKS.length() + " series, got " + series.size());
    }
    String title = TextTable.fit(o.yTitle().isBlank() ? names(series) : o.yTitle(), o.width());
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int steps = 0;
    for (Series s : series) {
      steps = Math.max(steps, s.values().length);
      for (double v : s.values()) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (lo > hi) {
      return List.of(title, "(nothing to plot: no finite values)");
    }
    String[] labels = yLabels(lo, hi, o);
    int labelWidth = Arrays.stream(labels).mapToInt(Cells::width).max().orElse(0);
    int columns = o.width() - labelWidth - 2 - (o.xTitle().isEmpty() ? 0 : 1 + Cells.width(o.xTitle()));
    if (columns < 10) {
      throw new IllegalArgumentException("a plot " + o.width() + " columns wide leaves too little room for the grid");
    }
    StepColumns x = new StepColumns(steps, columns);
    char[][] grid = new char[o.height()][columns];
    for (char[] row : grid) {
      Arrays.fill(row, ' ');
    }
    for (int k = 0; k < series.size(); k++) {
      draw(grid, series.get(k).values(), MARKS.charAt(k), x, lo, hi);
    }
    List<String> out = new ArrayList<>();
    out.add(title);
    for (int r = 0; r < o.height(); r++) {
      out.add((TextTable.right(labels[r], labelWidth) + " |" + new String(grid[r])).stripTrailing());
    }
    out.add(" ".repeat(labelWidth) + " +" + "-".repeat(columns) + (o.xTitle().isEmpty() ? "" : " " + o.xTitle()));
    out.add(" ".repeat(labelWidth + 2) + stepLabels(x, columns));
    out.addAll(legend(series, x, o.width()));
    return out;
  }

  /** The loss of {@code t} against step, followed by where it diverged, if it did. */
  public static List<String> loss(Trajectory t, PlotOptions o) {
    double[] loss = t.rows().stream().mapToDouble(Row::loss).toArray();
    String name = o.yTitle().isBlank() ? "L" : o.yTitle();
    return withDivergence(lines(List.of(new Series(name, loss)), o.withTitles(name, o.xTitle())), t, o);
  }

  /** Each coordinate of {@code t} against step on one plot, followed by where it diverged, if it did. */
  public static List<String> coordinates(Trajectory t, PlotOptions o) {
    List<String> variables = t.run().f().variables();
    List<Series> series = new ArrayList<>();
    for (int i = 0; i < variables.size() && i < MARKS.length(); i++) {
      int c = i;
      series.add(new Series(variables.get(i), t.rows().stream().mapToDouble(r -> r.point()[c]).toArray()));
    }
    return withDivergence(lines(series, o), t, o);
  }

  private static List<String> withDivergence(List<String> plot, Trajectory t, PlotOptions o) {
    if (t.endNote().isEmpty()) {
      return plot;
    }
    List<String> out = new ArrayList<>(plot);
    out.addAll(Paragraph.wrap(t.endNote().get(), o.width()));
    return out;
  }

  private static String names(List<Series> series) {
    return String.join(", ", series.stream().map(Series::name).toList());
  }

  private static String[] yLabels(double lo, double hi, PlotOptions o) {
    String[] labels = new String[o.height()];
    Arrays.fill(labels, "");
    int middle = o.height() / 2;
    if (lo == hi) {
      labels[middle] = Numbers.format(lo, o.labelDigits());
      return labels;
    }
    labels[0] = Numbers.format(hi, o.labelDigits());
    labels[o.height() - 1] = Numbers.format(lo, o.labelDigits());
    if (o.height() % 2 == 1) {
      labels[middle] = Numbers.format(lo / 2 + hi / 2, o.labelDigits());
    }
    return labels;
  }

  /** The grid row of {@code v}: 0 for {@code hi}, the last for {@code lo}, the middle when they are equal. */
  static int row(double v, double lo, double hi, int height) {
    if (lo == hi) {
      return height / 2;
    }
    // halves keep hi - lo finite even for values near the largest double
    double fraction = (hi / 2 - v / 2) / (hi / 2 - lo / 2);
    return (int) Math.max(0, Math.min(height - 1, Math.round(fraction * (height - 1))));
  }

  private static void draw(char[][] grid, double[] values, char mark, StepColumns x, double lo, double hi) {
    int height = grid.length;
    for (int c = 0; c < grid[0].length; c++) {
      int top = height;
      int bottom = -1;
      for (int s = x.first(c); s < x.end(c) && s < values.length; s++) {
        if (Double.isFinite(values[s])) {
          int r = row(values[s], lo, hi, height);
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
        }
      }
      for (int r = top; r <= bottom; r++) {
        grid[r][c] = mark;
      }
    }
  }

  private static String stepLabels(StepColumns x, int columns) {
    AxisLabels labels = new AxisLabels(columns).left("0", 0);
    int last = x.steps() - 1;
    if (last > 0) {
      labels.right(Integer.toString(last), x.column(last));
      if (x.compressed() || x.steps() > 2) {
        int mid = x.compressed() ? x.first(columns / 2) : last / 2;
        labels.centred(Integer.toString(mid), x.column(mid));
      }
    }
    return labels.text();
  }

  private static List<String> legend(List<Series> series, StepColumns x, int width) {
    List<String> entries = new ArrayList<>();
    for (int k = 0; k < series.size(); k++) {
      entries.add(MARKS.charAt(k) + " " + series.get(k).name());
    }
    if (x.compressed()) {
      entries.add("(each column: up to " + x.stepsPerColumn() + " steps, drawn from their lowest to highest value)");
    }
    return Paragraph.entries(entries, "   ", width);
  }
}
