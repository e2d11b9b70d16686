package dev.descent.ui.plain;

/** Where the learner goes after a question or a page in plain mode. */
enum Destination {
  NEXT, BACK, LESSONS, QUIT;

  /** The destination of a command that leaves the current question or page, or null for one that does not. */
  static Destination of(Command c) {
    return switch (c) {
      case NEXT -> NEXT;
      case BACK -> BACK;
      case LESSONS -> LESSONS;
      case QUIT -> QUIT;
      default -> null;
    };
  }
}
