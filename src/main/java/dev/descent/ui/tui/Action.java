package dev.descent.ui.tui;

/** What a key asks of the whole UI: nothing more, quit, the lesson list, help, close help, or open a lesson. */
record Action(Kind kind, String lessonId) {

  /** The kinds of action. */
  enum Kind { NONE, QUIT, LESSONS, HELP, CLOSE, OPEN }

  static final Action NONE = new Action(Kind.NONE, null);
  static final Action QUIT = new Action(Kind.QUIT, null);
  static final Action LESSONS = new Action(Kind.LESSONS, null);
  static final Action HELP = new Action(Kind.HELP, null);
  static final Action CLOSE = new Action(Kind.CLOSE, null);

  static Action open(String lessonId) {
    return new Action(Kind.OPEN, lessonId);
  }
}
