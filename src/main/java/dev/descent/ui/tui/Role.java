package dev.descent.ui.tui;

/** What a piece of text on screen is, which decides its colour and style. */
enum Role {
  NORMAL, HEADER, TITLE, DIM, RIGHT, PARTLY, WRONG, UNREADABLE, FIELD, FIELD_FOCUS, FIELD_SELECTED, SELECTED, KEY,
  MESSAGE;

  /** The role that shows a verdict. */
  static Role of(dev.descent.course.Feedback.Verdict v) {
    return switch (v) {
      case RIGHT -> RIGHT;
      case PARTLY -> PARTLY;
      case WRONG -> WRONG;
      case UNREADABLE -> UNREADABLE;
    };
  }

  /** The role that shows a table row's verdict. */
  static Role of(dev.descent.course.Feedback.RowVerdict v) {
    return switch (v) {
      case RIGHT -> RIGHT;
      case CARRIED -> PARTLY;
      case WRONG -> WRONG;
      case MISSING -> UNREADABLE;
    };
  }
}
