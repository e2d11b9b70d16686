package dev.descent.render;

import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Trajectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A map of a two-variable function's level sets with a path drawn on top, as lines of text.
 *
 * <p>Grid cell (column c, row r) shows the function at x = xMin + c·(xMax−xMin)/(columns−1) and
 * y = yMax − r·(yMax−yMin)/(rows−1), so the corners of the grid are the corners of the box. Each
 * cell gets a shade by its level band, from the first shade (lowest) to the last (highest). Bands
 * are quantiles of the values on the grid, so each shade covers about as many cells as the others
 * and nested rings stay visible however steep or flat the function; cells where the function is not
 * a finite number show {@code ?}. The path is drawn over the shading: {@code S} at the start,
 * {@code E} at the end, and every point between as its step modulo 10 (or {@code o}); a later point
 * overwrites an earlier one in the same cell, and points outside the box are left out and counted.
 *
 * <p>The lines are: the y variable's name, one line per grid row with y labels at the top, bottom
 * (and middle, for an odd row count), the x axis, the x labels at both ends with the x variable's
 * name in the middle, then a legend.
 */
public final class ContourMap {

  private ContourMap() {}

  /** The map of {@code f} around the points of {@code t}, followed by where it diverged, if it did. */
  public static List<String> lines(Trajectory t, ContourOptions o) {
    List<double[]> points = new ArrayList<>();
    for (Row r : t.rows()) {
      points.add(r.point());
    }
    List<String> out = new ArrayList<>(lines(t.run().f(), points, o));
    if (t.endNote().isPresent()) {
      out.addAll(Paragraph.wrap(t.endNote().get(), width(out)));
    }
    return out;
  }

  /**
   * The map of {@code f} with {@code points} (step 0 first) drawn on it.
   *
   * @throws DescentException when {@code f} does not have exactly two variables
   */
  public static List<String> lines(Objective f, List<double[]> points, ContourOptions o) {
    if (f.dimension() != 2) {
      throw new DescentException("a contour map needs a function of two variables; " + f.text() + " has "
          + f.dimension() + (f.dimension() == 0 ? "" : " (" + String.join(", ", f.variables()) + ")"));
    }
    Box box = o.box() != null ? o.box() : Box.around(points, o.margin());
    char[][] grid = Shading.of(f, box, o.columns(), o.rows(), o.shades());
    boolean undefined = Arrays.stream(grid).anyMatch(row -> new String(row).indexOf('?') >= 0);
    int outside = drawPath(grid, points, box, o.stepDigits());
    String[] labels = yLabels(box, o);
    int labelWidth = Arrays.stream(labels).mapToInt(Cells::width).max().orElse(0);
    List<String> out = new ArrayList<>();
    out.add(f.variables().get(1));
    for (int r = 0; r < o.rows(); r++) {
      out.add(TextTable.right(labels[r], labelWidth) + " |" + new String(grid[r]));
    }
    out.add(" ".repeat(labelWidth) + " +" + "-".repeat(o.columns()));
    out.add(" ".repeat(labelWidth + 2) + new AxisLabels(o.columns())
        .left(Numbers.format(box.xMin(), o.labelDigits()), 0)
        .right(Numbers.format(box.xMax(), o.labelDigits()), o.columns() - 1)
        .centred(f.variables().get(0), o.columns() / 2)
        .text());
    out.addAll(Paragraph.entries(legend(points.size(), outside, undefined, o), ", ", labelWidth + 2 + o.columns()));
    return out;
  }

  /** The column and row of point {@code p}, or null when it lies outside the grid. */
  static int[] cell(double[] p, Box box, int columns, int rows) {
    double c = Math.rint((p[0] / 2 - box.xMin() / 2) / (box.xMax() / 2 - box.xMin() / 2) * (columns - 1));
    double r = Math.rint((box.yMax() / 2 - p[1] / 2) / (box.yMax() / 2 - box.yMin() / 2) * (rows - 1));
    if (!(c >= 0 && c < columns && r >= 0 && r < rows)) {
      return null;
    }
    return new int[] {(int) c, (int) r};
  }

  /** Draws the points over the shading and returns how many fell outside the box. */
  private static int drawPath(char[][] grid, List<double[]> points, Box box, boolean stepDigits) {
    int outside = 0;
    int last = points.size() - 1;
    for (int k = 0; k <= last; k++) {
      int[] cr = cell(points.get(k), box, grid[0].length, grid.length);
      if (cr == null) {
        outside++;
      } else if (k > 0 && k < last) {
        grid[cr[1]][cr[0]] = stepDigits ? Character.forDigit(k % 10, 10) : 'o';
      }
    }
    // the ends go on last so that the start and end are never hidden by a point between
    int[] start = points.isEmpty() ? null : cell(points.get(0), box, grid[0].length, grid.length);
    int[] end = last > 0 ? cell(points.get(last), box, grid[0].length, grid.length) : null;
    if (start != null) {
      grid[start[1]][start[0]] = 'S';
    }
    if (end != null) {
      grid[end[1]][end[0]] = 'E';
    }
    return outside;
  }

  private static String[] yLabels(Box box, ContourOptions o) {
    String[] labels = new String[o.rows()];
    Arrays.fill(labels, "");
    labels[0] = Numbers.format(box.yMax(), o.labelDigits());
    labels[o.rows() - 1] = Numbers.format(box.yMin(), o.labelDigits());
    if (o.rows() % 2 == 1) {
      labels[o.rows() / 2] = Numbers.format(box.yMin() / 2 + box.yMax() / 2, o.labelDigits());
    }
    return labels;
  }

  private static List<String> legend(int points, int outside, boolean undefined, ContourOptions o) {
    List<String> entries = new ArrayList<>();
    entries.add("S start");
    if (points > 1) {
      entries.add("E end (step " + (points - 1) + ")");
    }
    if (points > 2) {
      entries.add(o.stepDigits() ? "digits: step mod 10" : "o: steps between");
    }
    entries.add("levels low '" + o.shades() + "' high");
    if (undefined) {
      entries.add("?: not defined");
    }
    if (outside > 0) {
      entries.add(outside + (outside == 1 ? " point" : " points") + " outside the box");
    }
    return entries;
  }

  private static int width(List<String> lines) {
    return lines.stream().mapToInt(Cells::width).max().orElse(TableOptions.MIN_WIDTH);
  }
}
