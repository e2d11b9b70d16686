package dev.descent.course;

import java.util.List;

/**
 * The reply to an answer: a verdict, one line that says it in words (readable without colour),
 * further lines that teach (the named mistake, the rounding, the row that went wrong), the named
 * mistake's id when one matched, the credit earned (0 to 1), and for tables a mark per row.
 */
public record Feedback(Verdict verdict, String headline, List<String> details, String mistake, double credit,
    List<RowMark> rows) {

  public Feedback {
    details = List.copyOf(details);
    rows = List.copyOf(rows);
  }

  /** How an answer was judged. */
  public enum Verdict {
    /** Right. */
    RIGHT,
    /** Some table rows right, or right given the learner's own earlier rows. */
    PARTLY,
    /** Wrong. */
    WRONG,
    /** Could not be read as an answer of this kind; not counted as an attempt. */
    UNREADABLE
  }

  /** How one table row was judged. */
  public enum RowVerdict {
    RIGHT, CARRIED, WRONG, MISSING
  }

  /** The verdict on the row of {@code step}, with a note for wrong and carried rows. */
  public record RowMark(int step, RowVerdict verdict, String note) {}

  /** True when the answer is right. */
  public boolean isRight() {
    return verdict == Verdict.RIGHT;
  }

  /** True when the answer counted as an attempt (it could be read). */
  public boolean counts() {
    return verdict != Verdict.UNREADABLE;
  }
}
