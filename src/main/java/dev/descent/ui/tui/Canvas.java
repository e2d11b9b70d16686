package dev.descent.ui.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.descent.render.Cells;

/**
 * Draws lines of styled text into a rectangle of the screen, clipped, shifted left by a sideways
 * scroll, one grapheme cluster per cell (two for a wide one) at the column its display width puts it.
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
        if (col >= left && col + w <= columns) {
          if (w > 0) {
            Glyph.put(g, col, row, text.substring(i, end), w);
          }
        } else if (w > 0) {
          // a wide character cut by an edge: its visible half shows as a space
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
