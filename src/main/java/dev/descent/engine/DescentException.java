package dev.descent.engine;

/**
 * The one error type descent raises for bad input: its message is meant for the person who typed or
 * wrote the input, and names what is wrong and where.
 */
public class DescentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DescentException(String message) {
    super(message);
  }

  public DescentException(String message, Throwable cause) {
    super(message, cause);
  }
}
