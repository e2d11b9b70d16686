package dev.descent.ui;

import dev.descent.course.LessonInfo;
import dev.descent.course.LessonStatus;

/** Says a learner's standing in a lesson in a few words, for the lesson list in both modes. */
public final class Standing {
  private Standing() {}

  /** "not started", "on page 3" (read, nothing answered yet), "2 of 5 right", or "done, 5 of 5 right". */
  public static String describe(LessonStatus s) {
    String tutor = (s.mastered().isEmpty() ? "" : ", " + plural(s.mastered().size(), "problem") + " mastered")
        + (s.due() == 0 ? "" : ", " + s.due() + " due for review");
    return progress(s) + tutor;
  }

  private static String progress(LessonStatus s) {
    if (s.finished()) {
      return "done, " + s.solved() + " of " + s.questions() + " right";
    }
    if (s.untouched()) {
      return "not started";
    }
    if (s.questions() == 0 || s.attempted() == 0) {
      return "on page " + (s.page() + 1);
    }
    return s.solved() + " of " + s.questions() + " right";
  }

  /**
   * What Enter does in the lesson list for a learner who comes back, with {@code l} selected: "Enter goes on
   * with The update rule at page 4, where you left it", or "Enter starts One SGD step" when it is untouched.
   */
  public static String goOn(LessonInfo l, LessonStatus s) {
    String title = Text.clean(l.title());
    if (s.untouched()) {
      return "Enter starts " + title;
    }
    int page = s.page() >= 0 && s.page() < l.pages() ? s.page() + 1 : 1;
    return "Enter goes on with " + title + " at page " + page + ", where you left it";
  }

  /** The lesson's size in words, such as "4 pages, 3 questions" or "exercises: 2 pages, 5 questions". */
  public static String size(LessonInfo l) {
    String size = plural(l.pages(), "page") + ", " + plural(l.questions(), "question");
    return l.exercises() ? "exercises: " + size : size;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
