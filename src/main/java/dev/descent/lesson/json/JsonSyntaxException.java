package dev.descent.lesson.json;

import dev.descent.engine.DescentException;

/** A file that is not well-formed JSON, with the place of the first problem. */
public final class JsonSyntaxException extends DescentException {
  private static final long serialVersionUID = 1L;
  private final transient Pos pos;

  public JsonSyntaxException(String message, Pos pos) {
    super(message);
    this.pos = pos;
  }

  /** Where the problem is. */
  public Pos pos() {
    return pos;
  }
}
