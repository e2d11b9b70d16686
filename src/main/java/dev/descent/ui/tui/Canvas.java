package dev.descent.ui.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.descent.render.Cells;

/**
 * Draws lines of styled text into a rectangle of the screen, clipped, shifted left by a sideways
 * scroll, one grapheme cluster per cell (two for a wide one) at the column its display width puts it;
 * on a terminal that shows only ASCII, each cluster as its stand-in ({@link Cells#shown}).
 */
record Canvas(TextGraphics g, Palette palette, int columns) {
  /** Draws {@code line} at {@code row} from column {@code left}, skipping its first {@code shift} columns. */
  void draw(int row, int left, Line line, int shift) {
    int col = left - shift;
    for (Line.Span s : line.spans()) {
      String text = s.text();
      palette.apply(g, s.role());
      for (int i = 0; i < text.length() && col < columns; ) {
        int end = Cells.next(text, i);
        int w = Cells.clusterWidth(text, i);
        if (Cells.asciiOnly() && col >= left && col + w <= columns) {
          // on a terminal that shows only ASCII: the cluster's stand-in, a character a cell, as its width counted
          String shown = Cells.shown(text.substring(i, end));
          for (int k = 0; k < Math.min(w, shown.length()); k++) {
            g.setCharacter(col + k, row, shown.charAt(k));
          }
        } else if (col >= left && col + w <= columns) {
          if (w > 0) {
            Glyph.put(g, col, row, text.substring(i, end), w);
          }
        } else if (w > 0) {
          // a wide character (or an ASCII stand-in) cut by an edge: its visible part shows as spaces
          for (int c = Math.max(col, left); c < Math.min(col + w, columns); c++) {
            g.setCharacter(c, row, ' ');
          }
        }
        col += w;
        i = end;
      }
    }
  }

  /** Fills a whole row with spaces in {@code role}, as under a header or footer. */
  void fill(int row, Role role) {
    palette.apply(g, role);
    g.putString(0, row, " ".repeat(columns));
  }
}
