package dev.descent.ui.tui;

import dev.descent.render.Cells;
import java.util.ArrayList;
import java.util.List;

/** One line of the screen as pieces of text, each with its role. */
record Line(List<Span> spans) {

  /** A piece of text with one role. */
  record Span(String text, Role role) {}

  Line {
    spans = List.copyOf(spans);
  }

  static final Line EMPTY = new Line(List.of());

  static Line of(String text, Role role) {
    return new Line(List.of(new Span(text, role)));
  }

  static Line of(String text) {
    return of(text, Role.NORMAL);
  }

  /** This line followed by {@code text} in {@code role}. */
  Line plus(String text, Role role) {
    List<Span> s = new ArrayList<>(spans);
    s.add(new Span(text, role));
    return new Line(s);
  }

  /** The line's width in screen columns. */
  int length() {
    int n = 0;
    for (Span s : spans) {
      n += Cells.width(s.text());
    }
    return n;
  }

  /** The plain text of the line. */
  String text() {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append(s.text());
    }
    return sb.toString();
  }
}
