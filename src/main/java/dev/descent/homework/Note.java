package dev.descent.homework;

import dev.descent.render.Visible;

/**
 * A problem found in an answer file, at a line (1-based), or at line 0 when it is about the file as a
 * whole; printed as {@code line 12: message}, on one line with any control character shown visibly.
 */
public record Note(int line, String message) implements Comparable<Note> {

  public Note {
    if (line < 0) {
      throw new IllegalArgumentException("a line number is at least 0, got " + line);
    }
  }

  @Override
  public int compareTo(Note o) {
    return Integer.compare(line, o.line);
  }

  @Override
  public String toString() {
    String shown = Visible.inline(message);
    return line == 0 ? shown : "line " + line + ": " + shown;
  }
}
