package dev.descent.ui;

import dev.descent.course.Course;
import dev.descent.course.LessonInfo;
import dev.descent.engine.DescentException;
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

  /**
   * The id of the lesson typed as an id or a number.
   *
   * @throws DescentException when there is none, saying where the lessons are listed
   */
  public static String require(Course course, String typed) {
    return find(course.lessons(), typed).map(LessonInfo::id).orElseThrow(() -> new DescentException(
        "there is no lesson '" + typed + "'; 'descent list' shows the lessons, by number and id"));
  }

  /**
   * The index of the lesson where the learner goes on, which the lesson list selects: the one they were in
   * last, unless they finished it, then the next lesson not finished after it (going round to the start);
   * for a learner with no lesson visited, the first lesson not finished.
   */
  public static int goOn(Course course, String learner) {
    List<LessonInfo> lessons = course.lessons();
    Optional<String> last = course.lastLesson(learner);
    int at = -1;
    for (int i = 0; i < lessons.size() && last.isPresent(); i++) {
      if (lessons.get(i).id().equals(last.get())) {
        at = i;
      }
    }
    if (at < 0) {
      return firstUnfinished(course, learner);
    }
    for (int k = 0; k < lessons.size(); k++) {
      int i = (at + k) % lessons.size();
      if (!course.status(lessons.get(i).id(), learner).finished()) {
        return i;
      }
    }
    return at;
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
