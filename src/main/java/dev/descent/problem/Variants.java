package dev.descent.problem;

import dev.descent.engine.DescentException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws a problem's numbers for one learner: the learner id, the file and the problem fix a seed,
 * so the same learner always gets the same numbers and the checker can reproduce them. Each variable
 * is drawn from that seed and its own name, so adding a variable, reordering the declarations or
 * adding a value to one variable's {@code choose} list changes no other variable's draw.
 */
public final class Variants {
  /** Draws tried before giving up on the conditions. */
  public static final int MAX_TRIES = 500;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Variants() {}

  /** A stable seed for one learner, file and problem (FNV-1a over the three ids). */
  public static long seed(String learner, String fileId, String problemId) {
    long h = FNV_OFFSET;
    for (String part : new String[] {learner, fileId, problemId}) {
      h = mix(h, part);
    }
    return h;
  }

  /** {@code h} with the UTF-8 bytes of {@code part} and an end mark folded in (FNV-1a). */
  private static long mix(long h, String part) {
    String text = part == null ? "" : part;
    if (ascii(text)) {
      // The same bytes as UTF-8, without making them: a class's draws mix every variable's name.
      for (int i = 0; i < text.length(); i++) {
        h ^= text.charAt(i);
        h *= FNV_PRIME;
      }
    } else {
      for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
        h ^= b & 0xff;
        h *= FNV_PRIME;
      }
    }
    h ^= 0x1f;
    return h * FNV_PRIME;
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The random source of one variable at one attempt: the seed, the variable's name and the attempt. */
  static SplittableRandom source(long seed, String name, int attempt) {
    return new SplittableRandom(mix(seed, name) ^ attempt * 0x9e3779b97f4a7c15L);
  }

  /**
   * The first draw, from {@code seed}, that meets every condition.
   *
   * @throws DescentException when no draw in {@link #MAX_TRIES} meets them
   */
  public static Bindings draw(Map<String, VariableSpec> variables, List<Condition> require, long seed) {
    return draw(variables, require, seed, Bindings.EMPTY);
  }

  /**
   * The first draw, from {@code seed}, that meets every condition, after the numbers {@code given} (a file's
   * shared variables, drawn once): those stay as they are, and the conditions re-draw only {@code variables}.
   *
   * @throws DescentException when no draw in {@link #MAX_TRIES} meets them
   */
  public static Bindings draw(Map<String, VariableSpec> variables, List<Condition> require, long seed, Bindings given) {
    DescentException undefined = null;
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      LinkedHashMap<String, Double> drawn = new LinkedHashMap<>(given.values());
      Bindings b = Bindings.over(drawn);
      try {
        for (Map.Entry<String, VariableSpec> e : variables.entrySet()) {
          drawn.put(e.getKey(), e.getValue().draw(source(seed, e.getKey(), attempt), b));
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
