package dev.descent.check.input;

/**
 * One option of a choice question: its id (often a letter, such as {@code b}), its text, and the reason
 * that says why it is right or wrong, shown once the question is answered (empty when none is written).
 */
public record Option(String id, String text, String reason) {

  /** Checks that the id is not blank and the text is given. */
  public Option {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an option needs an id");
    }
    if (text == null) {
      throw new IllegalArgumentException("option " + id + " needs a text");
    }
    reason = reason == null ? "" : reason;
  }

  /** An option without a reason. */
  public Option(String id, String text) {
    this(id, text, "");
  }

  /** This option with {@code why} as its reason. */
  public Option withReason(String why) {
    return new Option(id, text, why);
  }
}
