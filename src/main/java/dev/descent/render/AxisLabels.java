package dev.descent.render;

/** Places tick labels along an axis line of a plot or map, dropping any that would touch another. */
final class AxisLabels {

  /** What each column shows: a cluster, "" for the second column of a wide one, or null for a space. */
  private final String[] line;
  private final boolean[] taken;

  /** An empty line of {@code columns} columns. */
  AxisLabels(int columns) {
    line = new String[columns];
    taken = new boolean[columns];
  }

  /** Puts {@code label} starting at {@code column}, if it fits and keeps a space from the others. */
  AxisLabels left(String label, int column) {
    return put(label, column);
  }

  /** Puts {@code label} ending at {@code column}. */
  AxisLabels right(String label, int column) {
    return put(label, column - Cells.width(label) + 1);
  }

  /** Puts {@code label} centred on {@code column}. */
  AxisLabels centred(String label, int column) {
    return put(label, column - (Cells.width(label) - 1) / 2);
  }

  /** The line, without trailing spaces. */
  String text() {
    StringBuilder sb = new StringBuilder();
    for (String cell : line) {
      sb.append(cell == null ? " " : cell);
    }
    return sb.toString().stripTrailing();
  }

  private AxisLabels put(String label, int start) {
    int end = start + Cells.width(label);
    if (start < 0 || end > line.length) {
      return this;
    }
    for (int i = Math.max(0, start - 1); i < Math.min(line.length, end + 1); i++) {
      if (taken[i]) {
        return this;
      }
    }
    int column = start;
    for (int i = 0; i < label.length(); ) {
      int next = Cells.next(label, i);
      int w = Cells.clusterWidth(label, i);
      if (w > 0) {
        line[column] = label.substring(i, next);
        if (w == 2) {
          line[column + 1] = "";
        }
      }
      column += w;
      i = next;
    }
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
    return this;
  }
}
