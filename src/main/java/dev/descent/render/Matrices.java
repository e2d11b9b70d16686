package dev.descent.render;

import java.util.ArrayList;
import java.util.List;

/** A matrix as bracketed, right-aligned rows. */
public final class Matrices {
  private Matrices() {}

  /** The rows of {@code m}, each bracketed, numbers right-aligned per column. */
  public static List<String> lines(double[][] m, int digits) {
    int cols = m.length == 0 ? 0 : m[0].length;
    String[][] cells = new String[m.length][cols];
    int[] width = new int[cols];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < cols; j++) {
        cells[i][j] = Numbers.format(m[i][j], digits);
        width[j] = Math.max(width[j], cells[i][j].length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String[] row : cells) {
      StringBuilder sb = new StringBuilder("[");
      for (int j = 0; j < cols; j++) {
        sb.append(' ').append(" ".repeat(width[j] - row[j].length())).append(row[j]);
      }
      out.add(sb.append(" ]").toString());
    }
    return out;
  }
}
