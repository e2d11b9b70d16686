package dev.descent.check.input;

/** A stretch {@code [start, end)} of the typed text, kept so that messages can name columns. */
record Span(int start, int end) {

  /** This span without whitespace at either end. */
  Span trim(String text) {
    int a = start;
    int b = end;
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }

  boolean isEmpty() {
    return start >= end;
  }

  /** The 1-based column of the first character. */
  int column() {
    return start + 1;
  }

  String of(String text) {
    return text.substring(start, end);
  }
}
