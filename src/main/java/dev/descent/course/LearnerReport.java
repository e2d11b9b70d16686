package dev.descent.course;

import java.time.Instant;
import java.util.List;

/**
 * What a learner has done, as {@code descent report} and the text UI's report page show it: per lesson
 * the questions right and the time spent, the problems mastered in practice, the named mistakes made most
 * often with what each means, and the questions that come back for review with when.
 */
public record LearnerReport(String learner, Instant at, List<LessonLine> lessons, List<Mastered> mastered,
    List<MistakeLine> mistakes, List<Due> review) {

  public LearnerReport {
    lessons = List.copyOf(lessons);
    mastered = List.copyOf(mastered);
    mistakes = List.copyOf(mistakes);
    review = List.copyOf(review);
  }

  /** A lesson: its id and title, questions right of all, and the time spent in it in seconds. */
  public record LessonLine(String id, String title, int solved, int questions, int seconds) {}

  /** A problem mastered in practice: its lesson, its id and title. */
  public record Mastered(String lesson, String problem, String title) {}

  /** A named mistake: its id, how often it was made, and the one-line explanation a learner reads. */
  public record MistakeLine(String id, int count, String explanation) {}

  /** A question that comes back for review: its lesson, its id, its Leitner box and when it is due. */
  public record Due(String lesson, String question, int box, Instant due) {
    /** True when it is due at {@code now}. */
    public boolean dueAt(Instant now) {
      return !due.isAfter(now);
    }
  }

  /** How many questions are due for review at the report's time. */
  public int dueNow() {
    int n = 0;
    for (Due d : review) {
      n += d.dueAt(at) ? 1 : 0;
    }
    return n;
  }
}
