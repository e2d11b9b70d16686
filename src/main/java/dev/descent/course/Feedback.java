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

  /**
   * The verdict on the row of {@code step}: {@code note} says it in words without giving any value away
   * ("right given your row above", "w does not follow from your row above", the named mistake), and for a
   * wrong row {@code values} says what its cells should hold ("w should be 1.9488, not 1.9."), which a
   * learner sees only once the worked solution is open; empty when there is nothing to say.
   */
  public record RowMark(int step, RowVerdict verdict, String note, String values) {
    public RowMark {
      note = note == null ? "" : note;
      values = values == null ? "" : values;
    }

    /** This mark without the values its cells should hold. */
    public RowMark withoutValues() {
      return values.isEmpty() ? this : new RowMark(step, verdict, note, "");
    }
  }

  /** This reply with no table row saying what its cells should hold, for a learner who has not opened the solution. */
  public Feedback withoutValues() {
    List<RowMark> hidden = new java.util.ArrayList<>();
    for (RowMark m : rows) {
      hidden.add(m.withoutValues());
    }
    return new Feedback(verdict, headline, details, mistake, credit, hidden);
  }

  /** True when the answer is right. */
  public boolean isRight() {
    return verdict == Verdict.RIGHT;
  }

  /** True when the answer counted as an attempt (it could be read). */
  public boolean counts() {
    return verdict != Verdict.UNREADABLE;
  }
}
