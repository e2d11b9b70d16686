package dev.descent.homework;

import dev.descent.engine.DescentException;
import java.util.Locale;

/**
 * A student's id as homework uses it: the seed of their numbers. Ids are compared without case
 * ({@code Alice} and {@code alice} are one student, so a capital letter never changes the numbers)
 * and hold 1 to 64 letters, digits and {@code . _ - @ +}, starting with a letter or digit, so that an
 * e-mail address or a registration number works and the id can be part of a file name.
 */
public record StudentId(String value) {
  /** The longest id, in characters. */
  public static final int MAX_LENGTH = 64;

  /** Checks that {@code value} is already in its normal form. */
  public StudentId {
    if (value == null || !wellFormed(value) || !value.equals(value.toLowerCase(Locale.ROOT))) {
      throw new DescentException(problem(value));
    }
  }

  /**
   * The id written as {@code text}, in lower case and without surrounding spaces.
   *
   * @throws DescentException saying what is wrong with it
   */
  public static StudentId of(String text) {
    String written = text == null ? "" : text.strip();
    String v = written.toLowerCase(Locale.ROOT);
    if (!wellFormed(v)) {
      throw new DescentException(problem(written)); // quoted as written, so that the learner finds it
    }
    return new StudentId(v);
  }

  /**
   * 1 to {@link #MAX_LENGTH} letters, numbers and {@code . _ - @ +} (counted by code point), the first
   * a letter or number: {@code [\p{L}\p{N}][\p{L}\p{N}._@+-]{0,63}}, checked without compiling a
   * regular expression at start-up.
   */
  private static boolean wellFormed(String v) {
    int count = 0;
    for (int i = 0; i < v.length(); i += Character.charCount(v.codePointAt(i))) {
      int cp = v.codePointAt(i);
      boolean letterOrNumber = Character.isLetter(cp) || AnswerLine.isNumber(cp);
      if (!letterOrNumber && (count == 0 || "._@+-".indexOf(cp) < 0)) {
        return false;
      }
      count++;
    }
    return count >= 1 && count <= MAX_LENGTH;
  }

  /** Why {@code text} is not an id. */
  private static String problem(String text) {
    if (text == null || text.isBlank()) {
      return "a student id must not be empty";
    }
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    if (text.length() > MAX_LENGTH) {
      return "the student id '" + shown + "' is " + text.length() + " characters long; the limit is " + MAX_LENGTH;
    }
    return "the student id '" + shown + "' may hold only letters, digits and . _ - @ +, and must start with a "
        + "letter or digit";
  }

  @Override
  public String toString() {
    return value;
  }
}
