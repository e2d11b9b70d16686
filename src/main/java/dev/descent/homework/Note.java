package dev.descent.homework;

/**
 * A problem found in an answer file, at a line (1-based), or at line 0 when it is about the file as a
 * whole; printed as {@code line 12: message}.
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
    return line == 0 ? message : "line " + line + ": " + message;
  }
}
