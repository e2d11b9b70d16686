package dev.descent.ui.tui;

import java.util.List;

/**
 * What one screen shows, apart from where it goes: the header, the visible body lines and how far
 * they are scrolled sideways, the status line, the footer's keys, and the cursor in the body
 * (row -1 when hidden).
 */
record Frame(String header, List<Line> body, int shift, Line status, Footer footer, int cursorRow, int cursorColumn) {
  Frame {
    body = List.copyOf(body);
  }

  /** This frame with another header, as the UI draws it (with the learner's id). */
  Frame withHeader(String newHeader) {
    return new Frame(newHeader, body, shift, status, footer, cursorRow, cursorColumn);
  }
}
