package dev.descent.lesson;

import dev.descent.lesson.json.Pos;

/** A problem found in a lesson or exercise file, printed as {@code file:line:column: message}. */
public record Diagnostic(String file, int line, int column, String message) implements Comparable<Diagnostic> {

  /** A diagnostic at {@code pos}. */
  public static Diagnostic at(String file, Pos pos, String message) {
    return new Diagnostic(file, pos.line(), pos.column(), message);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
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
