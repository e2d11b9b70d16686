package dev.descent.engine.expr;

import dev.descent.engine.DescentException;

/** A function or answer that does not parse, with the 1-based column where the problem is. */
public final class ExpressionException extends DescentException {
  private static final long serialVersionUID = 1L;
  private final int column;

  public ExpressionException(String message, int column) {
    super(message);
    this.column = column;
  }

  /** The 1-based column of the problem in the text that was parsed. */
  public int column() {
    return column;
  }
}
