package dev.descent.ui;

import dev.descent.course.Course;
import dev.descent.course.LessonInfo;
import java.util.List;
import java.util.Optional;

/** Finds a lesson by what a learner types: its id, or its 1-based number in the list. */
public final class LessonChoice {
  private LessonChoice() {}

  /** The lesson with this id or number, if there is one. */
  public static Optional<LessonInfo> find(List<LessonInfo> lessons, String typed) {
    String t = typed.strip();
    for (LessonInfo l : lessons) {
      if (l.id().equals(t)) {
        return Optional.of(l);
      }
    }
    if (t.matches("[0-9]{1,6}")) {
      int n = Integer.parseInt(t);
      if (n >= 1 && n <= lessons.size()) {
        return Optional.of(lessons.get(n - 1));
      }
    }
    return Optional.empty();
  }

  /** The index of the first lesson the learner has not finished, or 0 when all are done. */
  public static int firstUnfinished(Course course, String learner) {
    List<LessonInfo> lessons = course.lessons();
    for (int i = 0; i < lessons.size(); i++) {
      if (!course.status(lessons.get(i).id(), learner).finished()) {
        return i;
      }
    }
    return 0;
  }
}
