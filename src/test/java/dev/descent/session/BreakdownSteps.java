package dev.descent.session;

import dev.descent.course.LessonSession;
import dev.descent.course.Step;
import dev.descent.progress.ProgressStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the break-down tests share: the shipped lessons, a learner's session on one, and steps typed in turn. */
final class BreakdownSteps {
  private static CourseLoader.Loaded lessons;

  private BreakdownSteps() {}

  /** Learner "ann"'s session on {@code lesson} of the shipped course, with progress kept in {@code data}. */
  static synchronized LessonSession open(Path data, String lesson) {
    if (lessons == null) {
      lessons = CourseLoader.load(List.of(Path.of("lessons")));
    }
    return new FileCourse(lessons, ProgressStore.open(data)).open(lesson, "ann");
  }

  /** The steps' names, in order. */
  static List<String> names(List<Step> steps) {
    List<String> out = new ArrayList<>();
    for (Step s : steps) {
      out.add(s.name());
    }
    return out;
  }

  /** Types each value in turn as the answer to the step of the same place; whether each one is judged right. */
  static List<Boolean> typed(LessonSession s, String question, String... values) {
    List<Boolean> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(s.answerStep(question, i, values[i]).isRight());
    }
    return out;
  }
}
