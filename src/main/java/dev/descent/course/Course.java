package dev.descent.course;

import java.util.List;

/** The lessons and exercise sets of a course, in order, and how to open one for a learner. */
public interface Course {

  /** Every lesson and exercise set that loaded, in course order. */
  List<LessonInfo> lessons();

  /** Problems found while loading (broken files are left out of {@link #lessons}, never fatal). */
  List<String> warnings();

  /**
   * Opens a lesson for a learner; the learner's id fixes the numbers of every variant.
   *
   * @throws dev.descent.engine.DescentException when there is no lesson with that id
   */
  LessonSession open(String lessonId, String learner);

  /** The learner's standing in a lesson, read from saved progress. */
  LessonStatus status(String lessonId, String learner);

  /** Does ahead of time what opening a lesson needs (such as loading the lesson files); safe on any thread. */
  default void prepare() {
  }

  /**
   * The round in progress of practice of a problem ({@code problemId}, or when null the first of the lesson
   * the learner has not mastered, among those whose numbers are drawn).
   *
   * @throws dev.descent.engine.DescentException when there is no such lesson or problem
   */
  PracticeRound practice(String lessonId, String problemId, String learner);

  /**
   * The questions of a lesson due for review now, each on a page of its own with new numbers; no pages when
   * none is due.
   *
   * @throws dev.descent.engine.DescentException when there is no such lesson
   */
  LessonSession review(String lessonId, String learner);

  /** The learner's report: lessons, mastery, most frequent named mistakes and what is due for review, now. */
  LearnerReport report(String learner);

  /**
   * The id of the lesson this learner was in last (the one whose page they visited most recently), from
   * saved progress; empty for a new learner or progress that does not say.
   */
  default java.util.Optional<String> lastLesson(String learner) {
    return java.util.Optional.empty();
  }

  /** True when nothing is saved for this learner yet: a first start, which front ends open with a short guide. */
  boolean isNew(String learner);

  /** Where this learner's progress is kept, in words a learner can follow, such as a file's path. */
  String progressLocation(String learner);
}
