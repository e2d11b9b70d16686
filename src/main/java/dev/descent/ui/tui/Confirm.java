package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * Something the lesson asks before doing it, because it would lose typing or check a table with empty
 * cells: y says yes, and so does the key that asked again (Ctrl-X, Ctrl-L, Enter); any other key says no.
 */
enum Confirm {
  QUIT {
    @Override boolean again(KeyStroke k) {
      return Shortcut.QUIT.matches(k);
    }
  },
  LESSONS {
    @Override boolean again(KeyStroke k) {
      return Shortcut.LESSONS.matches(k);
    }
  },
  CHECK_TABLE {
    @Override boolean again(KeyStroke k) {
      return k.getKeyType() == KeyType.Enter;
    }
  };

  /** True when {@code k} is the key that asked for this again. */
  abstract boolean again(KeyStroke k);

  /** True when {@code k} says yes. */
  boolean yes(KeyStroke k) {
    boolean y = k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()
        && Character.toLowerCase(k.getCharacter()) == 'y';
    return y || again(k);
  }

  /** True when {@code k} only says no, and should not then do what it usually does. */
  static boolean onlyNo(KeyStroke k) {
    return k.getKeyType() == KeyType.Escape || k.getKeyType() == KeyType.Enter || Shortcut.of(k).isPresent();
  }
}
