package dev.descent.ui.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;

/** Colours and styles for each role; without colour (NO_COLOR) only bold, underline and reverse remain. */
record Palette(boolean colour) {

  /** Sets {@code g} up to draw text of {@code role}. */
  void apply(TextGraphics g, Role role) {
    g.clearModifiers();
    g.setForegroundColor(TextColor.ANSI.DEFAULT);
    g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    switch (role) {
      case HEADER -> {
        g.enableModifiers(colour ? SGR.BOLD : SGR.REVERSE);
        if (colour) {
          g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
          g.setBackgroundColor(TextColor.ANSI.BLUE);
        }
      }
      case TITLE, KEY -> {
        g.enableModifiers(SGR.BOLD);
        colour(g, role == Role.KEY ? TextColor.ANSI.CYAN : TextColor.ANSI.DEFAULT);
      }
      case DIM -> colour(g, TextColor.ANSI.BLACK_BRIGHT);
      case RIGHT -> styled(g, TextColor.ANSI.GREEN);
      case PARTLY -> styled(g, TextColor.ANSI.YELLOW);
      case WRONG -> styled(g, TextColor.ANSI.RED);
      case UNREADABLE -> styled(g, TextColor.ANSI.MAGENTA);
      case FIELD -> g.enableModifiers(SGR.UNDERLINE);
      case FIELD_FOCUS, SELECTED -> g.enableModifiers(SGR.REVERSE);
      case FIELD_SELECTED -> {
        // Text that typing will replace: set apart from the reversed field it sits in.
        g.enableModifiers(SGR.BOLD, SGR.UNDERLINE);
        if (colour) {
          g.setForegroundColor(TextColor.ANSI.BLACK);
          g.setBackgroundColor(TextColor.ANSI.CYAN);
        }
      }
      case MESSAGE -> colour(g, TextColor.ANSI.CYAN);
      default -> { }
    }
  }

  private void styled(TextGraphics g, TextColor c) {
    g.enableModifiers(SGR.BOLD);
    colour(g, c);
  }

  private void colour(TextGraphics g, TextColor c) {
    if (colour) {
      g.setForegroundColor(c);
    }
  }
}
