package dev.descent.check.input;

/** One option of a choice question: its id (often a letter, such as {@code b}) and its text. */
public record Option(String id, String text) {

  /** Checks that the id is not blank and the text is given. */
  public Option {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an option needs an id");
    }
    if (text == null) {
      throw new IllegalArgumentException("option " + id + " needs a text");
    }
  }
}
