package dev.descent.render;

import java.util.List;

/**
 * One column of a text table: an optional group label shown above a run of columns (empty for
 * none), a header, and one cell per row, shown right-aligned.
 */
public record Column(String group, String header, List<String> cells) {

  public Column {
    if (group == null || header == null) {
      throw new IllegalArgumentException("group and header must not be null (use \"\")");
    }
    cells = List.copyOf(cells);
  }

  /** A column without a group label. */
  public static Column of(String header, List<String> cells) {
    return new Column("", header, cells);
  }

  /** The width the header and every cell need. */
  public int naturalWidth() {
    int w = Cells.width(header);
    for (String c : cells) {
      w = Math.max(w, Cells.width(c));
    }
    return w;
  }
}
