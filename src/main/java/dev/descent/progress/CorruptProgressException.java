package dev.descent.progress;

/** A progress file that cannot be used; the message says what is wrong, in words for the learner. */
final class CorruptProgressException extends Exception {
  private static final long serialVersionUID = 1L;

  CorruptProgressException(String message) {
    super(message);
  }
}
