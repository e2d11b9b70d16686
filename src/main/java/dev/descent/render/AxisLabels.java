package dev.descent.render;

/** Places tick labels along an axis line of a plot or map, dropping any that would touch another. */
final class AxisLabels {

  private final char[] line;
  private final boolean[] taken;

  /** An empty line of {@code columns} characters. */
  AxisLabels(int columns) {
    line = new char[columns];
    taken = new boolean[columns];
    java.util.Arrays.fill(line, ' ');
  }

  /** Puts {@code label} starting at {@code column}, if it fits and keeps a space from the others. */
  AxisLabels left(String label, int column) {
    return put(label, column);
  }

  /** Puts {@code label} ending at {@code column}. */
  AxisLabels right(String label, int column) {
    return put(label, column - label.length() + 1);
  }

  /** Puts {@code label} centred on {@code column}. */
  AxisLabels centred(String label, int column) {
    return put(label, column - (label.length() - 1) / 2);
  }

  /** The line, without trailing spaces. */
  String text() {
    return new String(line).stripTrailing();
  }

  private AxisLabels put(String label, int start) {
    int end = start + label.length();
    if (start < 0 || end > line.length) {
      return this;
    }
    for (int i = Math.max(0, start - 1); i < Math.min(line.length, end + 1); i++) {
      if (taken[i]) {
        return this;
      }
    }
    for (int i = start; i < end; i++) {
      line[i] = label.charAt(i - start);
      taken[i] = true;
    }
    return this;
  }
}
