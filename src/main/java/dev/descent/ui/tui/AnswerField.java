package dev.descent.ui.tui;

import dev.descent.render.Cells;

/**
 * A one-line text field: the typed text, the cursor in it, and whether the whole text is selected (as
 * when the learner comes back to an answer: typing then replaces it). The cursor moves, and Backspace
 * and Delete remove, a whole grapheme cluster at a time, so that p̂ goes as one letter; the shell's
 * Ctrl-U, Ctrl-K and Ctrl-W work as {@link #killToStart}, {@link #killToEnd} and {@link #killWord}.
 */
final class AnswerField {
  /** Longest answer accepted; longer typing is ignored. */
  static final int MAX_LENGTH = 500;

  private final StringBuilder text = new StringBuilder();
  private int cursor;
  private boolean selected;

  String text() {
    return text.toString();
  }

  int cursor() {
    return cursor;
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  /** True when the whole text is selected, so that the next character typed replaces it. */
  boolean selected() {
    return selected;
  }

  /** Puts {@code s} in the field, with the cursor at its end and nothing selected. */
  void set(String s) {
    text.setLength(0);
    text.append(s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s);
    cursor = text.length();
    selected = false;
  }

  /** Selects the whole text, when there is any, with the cursor at its end. */
  void selectAll() {
    selected = text.length() > 0;
    cursor = text.length();
  }

  /** Types {@code c} at the cursor, replacing the text when it is selected. */
  void insert(char c) {
    if (selected) {
      set("");
    }
    if (text.length() < MAX_LENGTH) {
      text.insert(cursor++, c);
    }
  }

  /** Removes the cluster before the cursor, or the whole text when it is selected. */
  void backspace() {
    if (selected) {
      set("");
    } else if (cursor > 0) {
      int from = Cells.previous(text, cursor);
      text.delete(from, cursor);
      cursor = from;
    }
  }

  /** Removes the cluster after the cursor, or the whole text when it is selected. */
  void delete() {
    if (selected) {
      set("");
    } else if (cursor < text.length()) {
      text.delete(cursor, Cells.next(text, cursor));
    }
  }

  /**
   * Moves the cursor one cluster towards {@code direction}'s sign (a selection is given up, the cursor
   * staying at the end it moved to); false when it was already at that end and nothing was selected.
   */
  boolean move(int direction) {
    if (selected) {
      selected = false;
      cursor = direction < 0 ? 0 : text.length();
      return true;
    }
    int to = direction < 0 ? Cells.previous(text, cursor) : Cells.next(text, cursor);
    boolean moved = to != cursor;
    cursor = to;
    return moved;
  }

  void home() {
    selected = false;
    cursor = 0;
  }

  void end() {
    selected = false;
    cursor = text.length();
  }

  /** Ctrl-U: removes everything before the cursor. */
  void killToStart() {
    if (selected) {
      set("");
      return;
    }
    text.delete(0, cursor);
    cursor = 0;
  }

  /** Ctrl-K: removes everything from the cursor on. */
  void killToEnd() {
    if (selected) {
      set("");
      return;
    }
    text.setLength(cursor);
  }

  /** Ctrl-W: removes the word before the cursor and the spaces after it, as a shell does. */
  void killWord() {
    if (selected) {
      set("");
      return;
    }
    int from = cursor;
    while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    text.delete(from, cursor);
    cursor = from;
  }

  /**
   * The part of the text shown in a box {@code width} columns wide and the cursor's column in it.
   * While the learner edits, the text scrolls so that the cursor shows; otherwise the box shows the
   * text's start, so that a long number keeps its leading digits, with "…" where it is cut.
   */
  Window window(int width, boolean editing) {
    int w = Math.max(width, 1);
    String all = text.toString();
    if (!editing) {
      return new Window(Cells.fit(all, w, "…"), 0);
    }
    int first = 0;
    while (first < cursor && Cells.width(all.substring(first, cursor)) > w - 1) {
      first = Cells.next(all, first);
    }
    String shown = Cells.cut(all.substring(first), w);
    return new Window(shown, Cells.width(all.substring(first, Math.max(first, cursor))));
  }

  /** What a field shows: its visible text and the cursor's column. */
  record Window(String text, int cursor) {}
}
