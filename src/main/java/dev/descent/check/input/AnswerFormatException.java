package dev.descent.check.input;

import dev.descent.engine.DescentException;

/**
 * A typed answer that cannot be read as the kind of answer asked for; the message tells the learner
 * what is wrong and, when it is about one place, the column.
 */
public final class AnswerFormatException extends DescentException {
  private static final long serialVersionUID = 1L;
  private final int column;

  /** A problem at the 1-based {@code column} of the typed text, or 0 when it is about the whole. */
  public AnswerFormatException(String message, int column) {
    super(message);
    this.column = column;
  }

  /** A problem with the answer as a whole. */
  public AnswerFormatException(String message) {
    this(message, 0);
  }

  /** The 1-based column in the typed text where the problem is, or 0 when it is about the whole answer. */
  public int column() {
    return column;
  }
}
