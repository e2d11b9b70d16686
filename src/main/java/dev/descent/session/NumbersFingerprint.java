package dev.descent.session;

import dev.descent.engine.DescentException;
import dev.descent.lesson.PageSpec;
import dev.descent.problem.Bindings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A short fingerprint of one learner's numbers in a file: every problem's id with its variables and their values,
 * by name (so reordering declarations does not change it). An answer file carries it on its {@code numbers:} line,
 * so that {@code check} and {@code grade} can say when the file was made for other numbers than the set gives now.
 */
public final class NumbersFingerprint {
  /** How many hexadecimal digits a fingerprint has. */
  public static final int DIGITS = 16;

  private NumbersFingerprint() {}

  /** The fingerprint of {@code v}'s numbers: {@link #DIGITS} hexadecimal digits of a SHA-256. */
  public static String of(LessonVariant v) {
    StringBuilder text = new StringBuilder();
    for (PageSpec.ProblemPage p : v.file().problems()) {
      text.append(p.id()).append('{');
      try {
        Bindings b = v.bindings(p);
        for (Map.Entry<String, Double> e : new TreeMap<>(b.values()).entrySet()) {
          text.append(e.getKey()).append('=').append(Double.doubleToLongBits(e.getValue())).append(';');
        }
      } catch (DescentException e) {
        text.append('!');
      }
      text.append('}');
    }
    return ofBytes(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** {@link #DIGITS} hexadecimal digits of the SHA-256 of {@code bytes}: the fingerprint of a set file, too. */
  public static String ofBytes(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < DIGITS / 2; i++) {
        hex.append(Character.forDigit((digest[i] >> 4) & 0xf, 16)).append(Character.forDigit(digest[i] & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** True when {@code text} has the shape of a fingerprint: {@link #DIGITS} hexadecimal digits. */
  public static boolean wellFormed(String text) {
    if (text.length() != DIGITS) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
