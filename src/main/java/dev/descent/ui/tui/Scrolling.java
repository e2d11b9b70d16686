package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/**
 * Where a view that only scrolls is: the first of its lines shown and the height of its window.
 * ↑/↓ move a line, PgUp/PgDn a screen, any other key closes the view.
 */
final class Scrolling {
  private int top;
  private int height = 20;

  /** The lines that show in a window of {@code height} rows, from where the view is scrolled to. */
  List<Line> window(List<Line> lines, int height) {
    this.height = height;
    top = Math.max(0, Math.min(top, lines.size() - height));
    return lines.subList(top, Math.min(lines.size(), top + height));
  }

  /** "↓ more below. " when lines follow below the window, else "". */
  String moreBelow(List<Line> lines) {
    return lines.size() > top + height ? "↓ more below. " : "";
  }

  /** Scrolls for {@code k}; CLOSE for a key that does not scroll. */
  Action handle(KeyStroke k) {
    int page = Math.max(1, height - 1);
    switch (k.getKeyType()) {
      case ArrowDown -> top = top + 1;
      case ArrowUp -> top = Math.max(0, top - 1);
      case PageDown -> top = top + page;
      case PageUp -> top = Math.max(0, top - page);
      default -> {
        return Action.CLOSE;
      }
    }
    return Action.NONE;
  }
}
