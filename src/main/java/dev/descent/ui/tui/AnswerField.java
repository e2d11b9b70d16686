package dev.descent.ui.tui;

import dev.descent.render.Cells;

/** A one-line text field: the typed text and the cursor in it. */
final class AnswerField {
  /** Longest answer accepted; longer typing is ignored. */
  static final int MAX_LENGTH = 500;

  private final StringBuilder text = new StringBuilder();
  private int cursor;

  String text() {
    return text.toString();
  }

  int cursor() {
    return cursor;
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  void insert(char c) {
    if (text.length() < MAX_LENGTH) {
      text.insert(cursor++, c);
    }
  }

  void backspace() {
    if (cursor > 0) {
      text.deleteCharAt(--cursor);
    }
  }

  void delete() {
    if (cursor < text.length()) {
      text.deleteCharAt(cursor);
    }
  }

  /** Moves the cursor by {@code n} characters; false when it was already at that end. */
  boolean move(int n) {
    int to = Math.max(0, Math.min(text.length(), cursor + n));
    boolean moved = to != cursor;
    cursor = to;
    return moved;
  }

  void home() {
    cursor = 0;
  }

  void end() {
    cursor = text.length();
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
