package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** One screen of the text UI: it lays itself out for a size and reacts to keys. */
interface View {

  /** The frame for a body {@code width} columns wide and {@code height} rows high. */
  Frame render(int width, int height);

  /** Reacts to a key and says what the UI should do next. */
  Action handle(KeyStroke key);

  /** The learner asked to quit: QUIT, or NONE when the view asks first (as when typing would be lost). */
  default Action quit() {
    return Action.QUIT;
  }
}
