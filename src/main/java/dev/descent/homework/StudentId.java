package dev.descent.homework;

import dev.descent.engine.DescentException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A student's id as homework uses it: the seed of their numbers. Ids are compared without case
 * ({@code Alice} and {@code alice} are one student, so a capital letter never changes the numbers)
 * and hold 1 to 64 letters, digits and {@code . _ - @ +}, starting with a letter or digit, so that an
 * e-mail address or a registration number works and the id can be part of a file name.
 */
public record StudentId(String value) {
  /** The longest id, in characters. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern SHAPE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@+-]{0," + (MAX_LENGTH - 1) + "}");

  /** Checks that {@code value} is already in its normal form. */
  public StudentId {
    if (value == null || !SHAPE.matcher(value).matches() || !value.equals(value.toLowerCase(Locale.ROOT))) {
      throw new DescentException(problem(value));
    }
  }

  /**
   * The id written as {@code text}, in lower case and without surrounding spaces.
   *
   * @throws DescentException saying what is wrong with it
   */
  public static StudentId of(String text) {
    String v = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return new StudentId(v);
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
