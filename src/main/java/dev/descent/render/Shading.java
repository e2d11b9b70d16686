package dev.descent.render;

import dev.descent.engine.Objective;
import java.util.Arrays;

/** Shades a grid of function values by quantile bands, for {@link ContourMap}. */
final class Shading {

  private Shading() {}

  /** The shaded grid of {@code f} over {@code box}, row 0 at the top (largest y). */
  static char[][] of(Objective f, Box box, int columns, int rows, String shades) {
    double[][] values = new double[rows][columns];
    double[] finite = new double[rows * columns];
    int n = 0;
    for (int r = 0; r < rows; r++) {
      double y = box.yMax() - r * ((box.yMax() - box.yMin()) / (rows - 1));
      for (int c = 0; c < columns; c++) {
        double x = box.xMin() + c * ((box.xMax() - box.xMin()) / (columns - 1));
        values[r][c] = f.value(new double[] {x, y});
        if (Double.isFinite(values[r][c])) {
          finite[n++] = values[r][c];
        }
      }
    }
    double[] thresholds = thresholds(Arrays.copyOf(finite, n), shades.length());
    char[][] grid = new char[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        double v = values[r][c];
        grid[r][c] = Double.isFinite(v) ? shades.charAt(band(v, thresholds)) : '?';
      }
    }
    return grid;
  }

  /** The values that separate {@code bands} bands holding about equally many of {@code values}. */
  static double[] thresholds(double[] values, int bands) {
    Arrays.sort(values);
    double[] t = new double[bands - 1];
    for (int k = 1; k < bands; k++) {
      t[k - 1] = values.length == 0 ? 0 : values[(int) ((long) k * values.length / bands)];
    }
    return t;
  }

  /** How many thresholds lie strictly below {@code v}: 0 for the lowest values, so a flat function is all low. */
  static int band(double v, double[] thresholds) {
    int b = 0;
    while (b < thresholds.length && thresholds[b] < v) {
      b++;
    }
    return b;
  }
}
