package dev.descent.lesson;

import dev.descent.lesson.json.Pos;
import dev.descent.render.Visible;

/**
 * A problem found in a lesson or exercise file, printed as {@code file:line:column: message} on one line (a
 * warning as {@code file:line:column: warning: message}): a line break or control character in the file's name
 * or the message is shown visibly. An error keeps the file from being used; a warning names something that
 * works but is likely not what the author meant.
 */
public record Diagnostic(String file, int line, int column, String message, boolean warning)
    implements Comparable<Diagnostic> {

  /** An error. */
  public Diagnostic(String file, int line, int column, String message) {
    this(file, line, column, message, false);
  }

  /** An error at {@code pos}. */
  public static Diagnostic at(String file, Pos pos, String message) {
    return new Diagnostic(file, pos.line(), pos.column(), message);
  }

  /** A warning at {@code pos}. */
  public static Diagnostic warningAt(String file, Pos pos, String message) {
    return new Diagnostic(file, pos.line(), pos.column(), message, true);
  }

  @Override
  public String toString() {
    return Visible.inline(file) + ":" + line + ":" + column + ": " + (warning ? "warning: " : "")
        + Visible.inline(message);
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
