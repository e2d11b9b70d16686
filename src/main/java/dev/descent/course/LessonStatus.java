package dev.descent.course;

import java.util.List;

/**
 * A learner's standing in one lesson: questions answered right, questions attempted, questions in
 * all, the page to resume at, the problems mastered in practice (by id) and the questions due for review.
 */
public record LessonStatus(int solved, int attempted, int questions, int page, List<String> mastered, int due) {

  public LessonStatus {
    mastered = List.copyOf(mastered);
  }

  /** A standing with nothing mastered and nothing due. */
  public LessonStatus(int solved, int attempted, int questions, int page) {
    this(solved, attempted, questions, page, List.of(), 0);
  }

  /** True when every question was answered right. */
  public boolean finished() {
    return questions > 0 && solved == questions;
  }

  /** True when the learner has not begun. */
  public boolean untouched() {
    return attempted == 0 && page == 0;
  }
}
