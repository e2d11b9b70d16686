package dev.descent.problem;

import dev.descent.engine.DescentException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws a problem's numbers for one learner: the learner id, the file and the problem fix a seed,
 * so the same learner always gets the same numbers and the checker can reproduce them.
 */
public final class Variants {
  /** Draws tried before giving up on the conditions. */
  public static final int MAX_TRIES = 500;

  private Variants() {}

  /** A stable seed for one learner, file and problem (FNV-1a over the three ids). */
  public static long seed(String learner, String fileId, String problemId) {
    long h = 0xcbf29ce484222325L;
    for (String part : new String[] {learner, fileId, problemId}) {
      for (byte b : (part == null ? "" : part).getBytes(StandardCharsets.UTF_8)) {
        h ^= b & 0xff;
        h *= 0x100000001b3L;
      }
      h ^= 0x1f;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /**
   * The first draw, from {@code seed}, that meets every condition.
   *
   * @throws DescentException when no draw in {@link #MAX_TRIES} meets them
   */
  public static Bindings draw(Map<String, VariableSpec> variables, List<Condition> require, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DescentException undefined = null;
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      Bindings b = Bindings.EMPTY;
      try {
        for (Map.Entry<String, VariableSpec> e : variables.entrySet()) {
          b = b.with(e.getKey(), e.getValue().draw(random, b));
        }
      } catch (DescentException e) {
        // A calc that is not finite for this draw (1/(a − 2) at a = 2): draw again, as for a failed condition.
        undefined = e;
        continue;
      }
      if (meets(b, require)) {
        return b;
      }
    }
    if (undefined != null) {
      throw new DescentException(undefined.getMessage() + " in every one of " + MAX_TRIES + " draws");
    }
    throw new DescentException("no numbers meeting the conditions were found in " + MAX_TRIES + " draws ("
        + String.join("; ", require.stream().map(Condition::text).toList()) + ")");
  }

  private static boolean meets(Bindings b, List<Condition> require) {
    for (Condition c : require) {
      if (!c.holds(b)) {
        return false;
      }
    }
    return true;
  }
}
