package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** The keys of a view that only scrolls: ↑/↓ a line, PgUp/PgDn a screen, any other key closes it. */
final class Scrolling {
  private Scrolling() {}

  /** The new first line after {@code k}, or -1 when the key closes the view. */
  static int handle(KeyStroke k, int top, int height) {
    int page = Math.max(1, height - 1);
    return switch (k.getKeyType()) {
      case ArrowDown -> top + 1;
      case ArrowUp -> Math.max(0, top - 1);
      case PageDown -> top + page;
      case PageUp -> Math.max(0, top - page);
      default -> -1;
    };
  }
}
