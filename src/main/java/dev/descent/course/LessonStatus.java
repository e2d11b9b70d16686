package dev.descent.course;

/**
 * A learner's standing in one lesson: questions answered right, questions attempted, questions in
 * all, and the page to resume at.
 */
public record LessonStatus(int solved, int attempted, int questions, int page) {

  /** True when every question was answered right. */
  public boolean finished() {
    return questions > 0 && solved == questions;
  }

  /** True when the learner has not begun. */
  public boolean untouched() {
    return attempted == 0 && page == 0;
  }
}
