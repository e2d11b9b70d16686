package dev.descent.lesson.json;

/** A 1-based line and column in a source file. */
public record Pos(int line, int column) {
  /** Where nothing better is known. */
  public static final Pos START = new Pos(1, 1);
}
