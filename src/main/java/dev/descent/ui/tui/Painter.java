package dev.descent.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import dev.descent.render.Cells;
import dev.descent.ui.Text;
import java.io.IOException;

/**
 * Draws a view on a Lanterna screen as the full-screen UIs lay it out: the header with the learner's id at the
 * right, the body, the status line and the footer, the cursor where the view puts it; a window too small for
 * descent gets a line saying so.
 */
final class Painter {
  static final int MIN_COLUMNS = 30;
  static final int MIN_ROWS = 8;

  private Painter() {}

  /** Draws {@code view} fitted to the screen's size now and shows it; the frame drawn, or null when too small. */
  static Frame paint(Screen screen, Palette palette, View view, String learner) throws IOException {
    boolean resized = screen.doResizeIfNecessary() != null;
    TerminalSize size = screen.getTerminalSize();
    int columns = size.getColumns();
    int rows = size.getRows();
    screen.clear();
    TextGraphics g = screen.newTextGraphics();
    Canvas c = new Canvas(g, palette, columns - 1);
    if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
      new Canvas(g, palette, columns).draw(0, 0, Line.of(Text.fit("Window too small for descent: make it at least "
          + MIN_COLUMNS + "×" + MIN_ROWS + ".", columns), Role.MESSAGE), 0);
      screen.setCursorPosition(null);
      screen.refresh(Screen.RefreshType.COMPLETE);
      return null;
    }
    Frame f = view.render(columns - 2, rows - 3);
    f = f.withHeader(header(f.header(), learner, columns - 2));
    new Canvas(g, palette, columns).fill(0, Role.HEADER);
    c.draw(0, 1, Line.of(f.header(), Role.HEADER), 0);
    for (int i = 0; i < f.body().size(); i++) {
      c.draw(1 + i, 1, f.body().get(i), f.shift());
    }
    c.draw(rows - 2, 1, fitted(f.status(), columns - 2), 0);
    c.draw(rows - 1, 1, fitted(f.footer().line(columns - 2), columns - 2), 0);
    boolean cursor = f.cursorRow() >= 0 && f.cursorRow() < rows - 3 && f.cursorColumn() >= 0
        && f.cursorColumn() < columns - 2;
    screen.setCursorPosition(cursor ? new TerminalPosition(1 + f.cursorColumn(), 1 + f.cursorRow()) : null);
    screen.refresh(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    return f;
  }

  /**
   * The view's header with the learner's id at the right; when both do not fit the view's part is cut, and
   * only when the window is very narrow the id.
   */
  private static String header(String left, String learner, int width) {
    String who = "learner " + Text.clean(learner);
    if (width - Cells.width(who) - 2 < 20) {
      return Text.fit(left, width);
    }
    String cut = Text.fit(left, width - Cells.width(who) - 2);
    return cut + " ".repeat(width - Cells.width(cut) - Cells.width(who)) + who;
  }

  private static Line fitted(Line l, int width) {
    if (l.length() <= width) {
      return l;
    }
    Line out = Line.EMPTY;
    int left = width;
    for (Line.Span s : l.spans()) {
      if (left <= 0) {
        break;
      }
      String t = Text.fit(s.text(), left);
      out = out.plus(t, s.role());
      left -= Cells.width(t);
    }
    return out;
  }
}
