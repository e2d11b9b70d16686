package dev.descent.ui.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * Colours and styles for each role; without colour (NO_COLOR) only bold, underline and reverse
 * remain. A style is written both through Lanterna and, for the first frame, as plain escape
 * sequences (without loading Lanterna's colour classes, which cost that frame ~10 ms).
 */
record Palette(boolean colour) {

  /** The colours descent uses, with their ANSI foreground codes (background: code + 10). */
  enum Colour {
    DEFAULT(39), BLACK(30), RED(31), GREEN(32), YELLOW(33), BLUE(34), MAGENTA(35), CYAN(36), BLACK_BRIGHT(90), WHITE_BRIGHT(97);

    private final int code;

    Colour(int code) {
      this.code = code;
    }

    TextColor lanterna() {
      return TextColor.ANSI.valueOf(name());
    }
  }

  /** How text of one role looks. */
  record Style(boolean bold, boolean underline, boolean reverse, Colour foreground, Colour background) {

    /** The escape sequence that sets this style on an ANSI terminal, from a reset. */
    String ansi() {
      return "\u001b[0" + (bold ? ";1" : "") + (underline ? ";4" : "") + (reverse ? ";7" : "")
          + (foreground == Colour.DEFAULT ? "" : ";" + foreground.code)
          + (background == Colour.DEFAULT ? "" : ";" + (background.code + 10)) + "m";
    }
  }

  /** Sets {@code g} up to draw text of {@code role}. */
  void apply(TextGraphics g, Role role) {
    Style s = style(role);
    g.clearModifiers();
    g.setForegroundColor(s.foreground().lanterna());
    g.setBackgroundColor(s.background().lanterna());
    if (s.bold()) {
      g.enableModifiers(SGR.BOLD);
    }
    if (s.underline()) {
      g.enableModifiers(SGR.UNDERLINE);
    }
    if (s.reverse()) {
      g.enableModifiers(SGR.REVERSE);
    }
  }

  /** What text of {@code role} looks like. */
  Style style(Role role) {
    return switch (role) {
      case HEADER -> colour ? new Style(true, false, false, Colour.WHITE_BRIGHT, Colour.BLUE) : plain(false, true);
      case TITLE -> bold(Colour.DEFAULT);
      case KEY -> bold(Colour.CYAN);
      case DIM -> coloured(false, Colour.BLACK_BRIGHT);
      case RIGHT -> bold(Colour.GREEN);
      case PARTLY -> bold(Colour.YELLOW);
      case WRONG -> bold(Colour.RED);
      case UNREADABLE -> bold(Colour.MAGENTA);
      case FIELD -> new Style(false, true, false, Colour.DEFAULT, Colour.DEFAULT);
      case FIELD_FOCUS, SELECTED -> plain(false, true);
      // Text that typing will replace: set apart from the reversed field it sits in.
      case FIELD_SELECTED -> colour ? new Style(true, true, false, Colour.BLACK, Colour.CYAN)
          : new Style(true, true, false, Colour.DEFAULT, Colour.DEFAULT);
      case MESSAGE -> coloured(false, Colour.CYAN);
      default -> plain(false, false);
    };
  }

  private static Style plain(boolean bold, boolean reverse) {
    return new Style(bold, false, reverse, Colour.DEFAULT, Colour.DEFAULT);
  }

  private Style bold(Colour c) {
    return coloured(true, c);
  }

  private Style coloured(boolean bold, Colour c) {
    return new Style(bold, false, false, colour ? c : Colour.DEFAULT, Colour.DEFAULT);
  }
}
