package dev.descent.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays columns out as aligned text no wider than a limit: when they do not fit side by side they
 * are split into panels stacked one under the other, separated by a blank line, each repeating the
 * key column (such as {@code step}). A panel has an optional line of group labels, a header line, a
 * line of dashes under each header, then the rows; cells are right-aligned, two spaces apart, and
 * lines carry no trailing spaces.
 */
public final class TextTable {

  /** The spaces between two columns. */
  public static final int GAP = 2;

  private TextTable() {}

  /**
   * The lines of the table with {@code key} first in every panel, each at most {@code width} long.
   *
   * @throws IllegalArgumentException when the columns have different lengths, or some cell cannot fit
   *     beside the key column within {@code width}
   */
  public static List<String> lines(Column key, List<Column> columns, int width) {
    int rows = key.cells().size();
    int keyWidth = key.naturalWidth();
    int room = width - keyWidth - GAP;
    List<Integer> widths = new ArrayList<>();
    for (Column c : columns) {
      if (c.cells().size() != rows) {
        throw new IllegalArgumentException("column " + c.header() + " has " + c.cells().size()
            + " cells, the key column " + rows);
      }
      int w = Math.min(c.naturalWidth(), room);
      for (String cell : c.cells()) {
        if (Cells.width(cell) > w) {
          throw new IllegalArgumentException("the cell '" + cell + "' does not fit in " + width + " columns");
        }
      }
      widths.add(w);
    }
    widenForGroupLabels(columns, widths, room);
    List<String> out = new ArrayList<>();
    for (List<Integer> panel : panels(columns, widths, keyWidth, width)) {
      if (!out.isEmpty()) {
        out.add("");
      }
      out.addAll(panel(key, keyWidth, columns, widths, panel));
    }
    if (columns.isEmpty()) {
      out.addAll(panel(key, keyWidth, columns, widths, List.of()));
    }
    return out;
  }

  /** Widens the first column of each group whose label is longer than the group's columns. */
  private static void widenForGroupLabels(List<Column> columns, List<Integer> widths, int room) {
    int i = 0;
    while (i < columns.size()) {
      String group = columns.get(i).group();
      int span = -GAP;
      int k = i;
      while (k < columns.size() && columns.get(k).group().equals(group)) {
        span += GAP + widths.get(k);
        k++;
      }
      if (Cells.width(group) > span) {
        widths.set(i, Math.min(room, widths.get(i) + Cells.width(group) - span));
      }
      i = k;
    }
  }

  /** Groups column indices into panels, keeping a group together when it fits in a panel of its own. */
  private static List<List<Integer>> panels(List<Column> columns, List<Integer> widths, int keyWidth, int width) {
    List<List<Integer>> panels = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    int used = keyWidth;
    for (int i = 0; i < columns.size(); i++) {
      boolean groupStarts = i == 0 || !columns.get(i).group().equals(columns.get(i - 1).group());
      int need = GAP + widths.get(i);
      if (groupStarts && !current.isEmpty() && !columns.get(i).group().isEmpty()) {
        int groupNeed = groupWidth(columns, widths, i);
        if (used + groupNeed > width && keyWidth + groupNeed <= width) {
          panels.add(current);
          current = new ArrayList<>();
          used = keyWidth;
        }
      }
      if (used + need > width && !current.isEmpty()) {
        panels.add(current);
        current = new ArrayList<>();
        used = keyWidth;
      }
      current.add(i);
      used += need;
    }
    if (!current.isEmpty()) {
      panels.add(current);
    }
    return panels;
  }

  private static int groupWidth(List<Column> columns, List<Integer> widths, int first) {
    int total = 0;
    String group = columns.get(first).group();
    for (int i = first; i < columns.size() && columns.get(i).group().equals(group); i++) {
      total += GAP + widths.get(i);
    }
    return total;
  }

  private static List<String> panel(Column key, int keyWidth, List<Column> columns, List<Integer> widths,
      List<Integer> shown) {
    List<String> out = new ArrayList<>();
    String groups = groupLine(keyWidth, columns, widths, shown);
    if (!groups.isBlank()) {
      out.add(groups);
    }
    StringBuilder header = new StringBuilder(right(key.header(), keyWidth));
    StringBuilder dashes = new StringBuilder("-".repeat(keyWidth));
    for (int i : shown) {
      header.append(" ".repeat(GAP)).append(right(fit(columns.get(i).header(), widths.get(i)), widths.get(i)));
      dashes.append(" ".repeat(GAP)).append("-".repeat(widths.get(i)));
    }
    out.add(header.toString().stripTrailing());
    out.add(dashes.toString());
    for (int r = 0; r < key.cells().size(); r++) {
      StringBuilder line = new StringBuilder(right(key.cells().get(r), keyWidth));
      for (int i : shown) {
        line.append(" ".repeat(GAP)).append(right(columns.get(i).cells().get(r), widths.get(i)));
      }
      out.add(line.toString().stripTrailing());
    }
    return out;
  }

  /** The group labels, each starting over the first column of its run and cut to the run's width. */
  private static String groupLine(int keyWidth, List<Column> columns, List<Integer> widths, List<Integer> shown) {
    StringBuilder line = new StringBuilder(" ".repeat(keyWidth));
    int j = 0;
    while (j < shown.size()) {
      String group = columns.get(shown.get(j)).group();
      int span = -GAP;
      int k = j;
      while (k < shown.size() && columns.get(shown.get(k)).group().equals(group)) {
        span += GAP + widths.get(shown.get(k));
        k++;
      }
      line.append(" ".repeat(GAP)).append(left(fit(group, span), span));
      j = k;
    }
    return line.toString().stripTrailing();
  }

  /** {@code s} cut to {@code width} columns, marking the cut with {@code ~}. */
  static String fit(String s, int width) {
    if (Cells.width(s) <= width) {
      return s;
    }
    return width <= 1 ? Cells.cut(s, Math.max(width, 0)) : Cells.fit(s, width, "~");
  }

  static String right(String s, int width) {
    return Cells.padLeft(s, width);
  }

  static String left(String s, int width) {
    return Cells.padRight(s, width);
  }
}
