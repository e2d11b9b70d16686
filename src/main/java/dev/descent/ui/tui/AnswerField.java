package dev.descent.ui.tui;

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
   * The part of the text shown in a box {@code width} wide, scrolled so that the cursor shows, and
   * the cursor's column in it.
   */
  Window window(int width) {
    int w = Math.max(width, 1);
    int first = Math.max(0, cursor - w + 1);
    String shown = text.substring(first, Math.min(text.length(), first + w));
    return new Window(shown, cursor - first);
  }

  /** What a field shows: its visible text and the cursor's column. */
  record Window(String text, int cursor) {}
}
