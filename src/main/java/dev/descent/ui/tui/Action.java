package dev.descent.ui.tui;

/**
 * What a key asks of the whole UI: nothing more, quit, the lesson list, help, close help, open a lesson
 * (the id is the lesson's), break a question down (the id is the question's) show the learner's report or practise a lesson's problem (the id is the lesson's).
 */
record Action(Kind kind, String id) {

  /** The kinds of action. */
  enum Kind { NONE, QUIT, LESSONS, HELP, CLOSE, OPEN, BREAK_DOWN, REPORT, PRACTICE }

  static final Action NONE = new Action(Kind.NONE, null);
  static final Action QUIT = new Action(Kind.QUIT, null);
  static final Action LESSONS = new Action(Kind.LESSONS, null);
  static final Action HELP = new Action(Kind.HELP, null);
  static final Action CLOSE = new Action(Kind.CLOSE, null);
  static final Action REPORT = new Action(Kind.REPORT, null);

  static Action open(String lessonId) {
    return new Action(Kind.OPEN, lessonId);
  }

  static Action practice(String lessonId) {
    return new Action(Kind.PRACTICE, lessonId);
  }

  static Action breakDown(String questionId) {
    return new Action(Kind.BREAK_DOWN, questionId);
  }
}
