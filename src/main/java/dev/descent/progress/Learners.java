package dev.descent.progress;

import dev.descent.engine.DescentException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Learner ids: the default one for this account, and the file name that holds each learner's progress. */
public final class Learners {
  /** The id used when the environment names no user. */
  public static final String FALLBACK = "learner";

  private static final int READABLE_LENGTH = 32;
  private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
      "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
      "lpt8", "lpt9");

  private Learners() {}

  /** The learner id for this account: {@code USER}, {@code LOGNAME} or {@code USERNAME}, else "learner". */
  public static String defaultId(Map<String, String> env) {
    for (String name : List.of("USER", "LOGNAME", "USERNAME")) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return FALLBACK;
  }

  /**
   * The name of the file that holds a learner's progress, such as {@code alice.json}: a plain id is kept
   * as it is; any other id becomes its letters, digits and {@code -_.} (at most 32, others replaced by
   * {@code _}), a {@code ~} that no plain id contains, and a hash of the whole id, so that two ids never
   * share a file.
   *
   * @throws DescentException when the id is empty
   */
  public static String fileName(String learnerId) {
    if (learnerId.isEmpty()) {
      throw new DescentException("a learner id must not be empty");
    }
    if (learnerId.length() > ProgressLimits.LEARNER_CHARS) {
      throw new DescentException("a learner id may have at most " + ProgressLimits.LEARNER_CHARS
          + " characters, not " + learnerId.length());
    }
    if (plain(learnerId) && !WINDOWS_DEVICES.contains(learnerId.split("\\.", 2)[0])) {
      return learnerId + ".json";
    }
    return readable(learnerId) + "~" + hash(learnerId) + ".json";
  }

  /**
   * True for an id kept as it is, {@code [a-z0-9][a-z0-9._-]{0,63}}: lower case, so that no two differ
   * only by case on macOS or Windows. Checked by hand, since compiling the expression cost the text
   * UI's first screen a few milliseconds; {@code LearnersTest} holds the two to each other.
   */
  static boolean plain(String id) {
    if (id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  private static String readable(String id) {
    StringBuilder out = new StringBuilder();
    id.codePoints().limit(READABLE_LENGTH).forEach(c -> {
      boolean readable = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
          || c == '_' || c == '-';
      out.append(readable ? Character.toString(c) : "_");
    });
    // A leading dot would hide the file, and ".." must never look like a path.
    if (out.charAt(0) == '.') {
      out.setCharAt(0, '_');
    }
    return out.toString();
  }

  /** The first 64 bits of SHA-256 over the id's UTF-16 code units (UTF-8 would merge lone surrogates). */
  private static String hash(String id) {
    ByteBuffer units = ByteBuffer.allocate(id.length() * 2);
    id.chars().forEach(c -> units.putChar((char) c));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(units.array());
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
