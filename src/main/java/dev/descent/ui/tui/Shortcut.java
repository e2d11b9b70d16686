package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Optional;

/**
 * The commands of the full-screen course, each on a key that no answer can contain: a Ctrl- letter
 * (none that terminals, tmux or screen take for themselves: not Ctrl-B, S, Q, Z, V, O, Y, H, I, J or M;
 * not the answer field's Ctrl-A, E, U, K or W; not Ctrl-D, the preview's answer key) or a function key.
 * Printable keys always type; these never do. The footer, the help screen and the key handling all read
 * their keys and words from here.
 */
enum Shortcut {
  NEXT_PAGE('n', "next page", "the next page"),
  PREVIOUS_PAGE('p', "back", "the previous page"),
  HINT('t', "hint", "the next hint for the marked question (a tip)"),
  SOLUTION('r', "solution", "reveal its worked solution, after one attempt that counts"),
  BREAK_DOWN('f', "break down", "break the marked question down: the quantities on the way to its answer, one at a time"),
  LESSONS('l', "lessons", "back to the list of lessons"),
  HELP('g', "help", "every key, and how descent works (F1 too)"),
  QUIT('x', "quit", "save and quit (Ctrl-C too); asks first when an answer is typed but not checked");

  private final char letter;
  private final String brief;
  private final String does;

  Shortcut(char letter, String brief, String does) {
    this.letter = letter;
    this.brief = brief;
    this.does = does;
  }

  /** The key as the footer writes it, such as "^N". */
  String key() {
    return "^" + Character.toUpperCase(letter);
  }

  /** The key as the help screen writes it, such as "Ctrl-N". */
  String spelled() {
    return "Ctrl-" + Character.toUpperCase(letter);
  }

  /** What it does, in a word or two for the footer. */
  String brief() {
    return brief;
  }

  /** What it does, in a sentence for the help screen. */
  String does() {
    return does;
  }

  /** This shortcut as an item of the footer. */
  Footer.Item item(boolean essential) {
    return essential ? Footer.essential(key(), brief) : Footer.key(key(), brief);
  }

  /** True when {@code k} is this shortcut's key (F1 also asks for help, Ctrl-C also quits). */
  boolean matches(KeyStroke k) {
    if (this == HELP && k.getKeyType() == KeyType.F1) {
      return true;
    }
    if (k.getKeyType() != KeyType.Character || !k.isCtrlDown() || k.isAltDown()) {
      return false;
    }
    char c = Character.toLowerCase(k.getCharacter());
    return c == letter || this == QUIT && c == 'c';
  }

  /** The shortcut {@code k} is, if any. */
  static Optional<Shortcut> of(KeyStroke k) {
    for (Shortcut s : values()) {
      if (s.matches(k)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
