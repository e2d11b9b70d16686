package dev.descent.homework;

import dev.descent.course.Feedback;
import dev.descent.course.QuestionKind;
import java.util.List;

/**
 * How one question of an answer file was judged: its id, kind and points, the status, the points
 * earned, the line of the answer (0 when there is none), the checker's headline and details, the
 * named mistake's id (or null) and, for a table, a result per row.
 */
public record QuestionResult(String key, QuestionKind kind, double points, Status status, double earned, int line,
    String headline, List<String> details, String mistake, List<RowResult> rows) {

  public QuestionResult {
    details = List.copyOf(details);
    rows = List.copyOf(rows);
    if (earned < 0 || earned > points + 1e-9) {
      throw new IllegalArgumentException("earned " + earned + " of " + points + " points for " + key);
    }
  }

  /** How a question was judged. */
  public enum Status {
    RIGHT("right"),
    PARTLY("partly right"),
    WRONG("wrong"),
    MISSING("missing"),
    UNREADABLE("unreadable");

    private final String words;

    Status(String words) {
      this.words = words;
    }

    /** The status in words, as the report prints it. */
    public String words() {
      return words;
    }
  }

  /** One row of a table answer: its step, the line it was written on (0 if not written), verdict and note. */
  public record RowResult(int step, int line, Feedback.RowVerdict verdict, String note) {}

  /** A question that was not answered. */
  static QuestionResult missing(String key, QuestionKind kind, double points, int line) {
    return new QuestionResult(key, kind, points, Status.MISSING, 0, line, "Not answered.", List.of(), null, List.of());
  }

  /** A question whose answer could not be read, with why. */
  static QuestionResult unreadable(String key, QuestionKind kind, double points, int line, String why) {
    return new QuestionResult(key, kind, points, Status.UNREADABLE, 0, line, "Could not read the answer.",
        List.of(why), null, List.of());
  }
}
