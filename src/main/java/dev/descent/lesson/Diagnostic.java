package dev.descent.lesson;

import dev.descent.lesson.json.Pos;
import dev.descent.render.Visible;

/**
 * A problem found in a lesson or exercise file, printed as {@code file:line:column: message} on one line:
 * a line break or control character in the file's name or the message is shown visibly.
 */
public record Diagnostic(String file, int line, int column, String message) implements Comparable<Diagnostic> {

  /** A diagnostic at {@code pos}. */
  public static Diagnostic at(String file, Pos pos, String message) {
    return new Diagnostic(file, pos.line(), pos.column(), message);
  }

  @Override
  public String toString() {
    return Visible.inline(file) + ":" + line + ":" + column + ": " + Visible.inline(message);
  }

  @Override
  public int compareTo(Diagnostic o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}
