package dev.descent.homework;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Where an exercise set that is not built into descent came from, as its answer files record it on their
 * {@code course:} line: the set file's name (as an instructor hands it out, without the folders of their own
 * machine) and a fingerprint of its bytes, so that {@code check} can find the file on a student's machine and
 * say when the copy there is not the one the sheet was made from.
 *
 * @param fileName the set file's name, such as {@code my-set.json}
 * @param fingerprint the first 16 hexadecimal digits of the SHA-256 of the file's bytes, or "" when unknown
 */
public record SetOrigin(String fileName, String fingerprint) {
  private static final String MARK = " sha256:";
  private static final int DIGITS = 16;

  /** The origin of a file named {@code fileName} whose bytes are {@code bytes}. */
  public static SetOrigin of(String fileName, byte[] bytes) {
    return new SetOrigin(fileName, fingerprint(bytes));
  }

  /** The fingerprint of {@code bytes}: 16 hexadecimal digits of their SHA-256. */
  static String fingerprint(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < DIGITS / 2; i++) {
        sb.append(Character.forDigit((digest[i] >> 4) & 0xf, 16)).append(Character.forDigit(digest[i] & 0xf, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The origin a {@code course:} line's value gives: the file name, then perhaps {@code sha256:} and the digits. */
  public static SetOrigin parse(String value) {
    String v = value.strip();
    int mark = v.lastIndexOf(MARK);
    if (mark > 0) {
      String digits = v.substring(mark + MARK.length()).strip();
      if (digits.length() == DIGITS && hex(digits)) {
        return new SetOrigin(v.substring(0, mark).strip(), digits);
      }
    }
    return new SetOrigin(v, "");
  }

  private static boolean hex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The value of the {@code course:} line: the file name and the fingerprint. */
  public String line() {
    return fingerprint.isEmpty() ? fileName : fileName + MARK + fingerprint;
  }
}
