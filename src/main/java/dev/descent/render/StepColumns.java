package dev.descent.render;

/**
 * Which steps each column of a plot covers: one step per column, spread over the width, when the
 * steps fit; otherwise consecutive runs of steps, column {@code c} covering
 * {@code [⌊c·n/C⌋, ⌊(c+1)·n/C⌋)}.
 */
record StepColumns(int steps, int columns) {

  /** True when some column covers more than one step. */
  boolean compressed() {
    return steps > columns;
  }

  /** The first step of column {@code c} (equal to {@link #end} when it covers none). */
  int first(int c) {
    if (compressed()) {
      return (int) ((long) c * steps / columns);
    }
    for (int s = 0; s < steps; s++) {
      if (column(s) == c) {
        return s;
      }
    }
    return steps;
  }

  /** One past the last step of column {@code c}. */
  int end(int c) {
    if (compressed()) {
      return (int) ((long) (c + 1) * steps / columns);
    }
    int first = first(c);
    return first == steps ? steps : first + 1;
  }

  /** The column that shows step {@code s}. */
  int column(int s) {
    if (compressed()) {
      // s lies in column c exactly when c·n/C < s+1 ≤ (c+1)·n/C
      return (int) ((((long) s + 1) * columns + steps - 1) / steps) - 1;
    }
    return steps == 1 ? 0 : (int) Math.round((double) s * (columns - 1) / (steps - 1));
  }

  /** The most steps one column covers. */
  int stepsPerColumn() {
    return (steps + columns - 1) / columns;
  }
}
