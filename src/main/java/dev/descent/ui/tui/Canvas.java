package dev.descent.ui.tui;

import com.googlecode.lanterna.graphics.TextGraphics;

/** Draws lines of styled text into a rectangle of the screen, clipped, shifted left by a sideways scroll. */
final class Canvas {
  private final TextGraphics g;
  private final Palette palette;
  private final int columns;

  Canvas(TextGraphics g, Palette palette, int columns) {
    this.g = g;
    this.palette = palette;
    this.columns = columns;
  }

  int columns() {
    return columns;
  }

  /** Draws {@code line} at {@code row} from column {@code left}, skipping its first {@code shift} columns. */
  void draw(int row, int left, Line line, int shift) {
    int col = left - shift;
    for (Line.Span s : line.spans()) {
      String text = s.text();
      int start = Math.max(0, left - col);
      int end = Math.min(text.length(), columns - col);
      if (start < end) {
        palette.apply(g, s.role());
        g.putString(col + start, row, text.substring(start, end));
      }
      col += text.length();
    }
  }

  /** Fills a whole row with spaces in {@code role}, as under a header or footer. */
  void fill(int row, Role role) {
    palette.apply(g, role);
    g.putString(0, row, " ".repeat(columns));
  }
}
