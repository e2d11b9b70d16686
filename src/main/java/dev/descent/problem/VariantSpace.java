package dev.descent.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The variants of a problem that {@code validate} looks at for keys that teach the wrong thing: every
 * combination of its variables' values when there are few, else a fixed sample of seeded draws, so that a
 * rare draw (one in 24) is found whenever the space is small enough to walk.
 */
public final class VariantSpace {
  private VariantSpace() {}

  /**
   * Up to {@code most} variants meeting {@code require}: all combinations of {@code shared} (the file's variables)
   * and {@code variables} when there are at most {@code most}, else {@code most} draws from seeds 0, 1, ….
   */
  public static List<Bindings> of(Map<String, VariableSpec> shared, Map<String, VariableSpec> variables,
      List<Condition> require, int most) {
    Map<String, VariableSpec> all = new java.util.LinkedHashMap<>(shared);
    all.putAll(variables);
    double combinations = 1;
    for (VariableSpec v : all.values()) {
      combinations *= v.choices();
    }
    List<Bindings> out = new ArrayList<>();
    if (combinations <= most) {
      walk(new ArrayList<>(all.entrySet()), 0, Bindings.EMPTY, require, out);
      return out;
    }
    for (int seed = 0; seed < most; seed++) {
      try {
        out.add(Variants.draw(all, require, seed));
      } catch (dev.descent.engine.DescentException e) {
        return out;
      }
    }
    return out;
  }

  private static void walk(List<Map.Entry<String, VariableSpec>> vars, int i, Bindings b, List<Condition> require,
      List<Bindings> out) {
    if (i == vars.size()) {
      if (require.stream().allMatch(c -> c.holds(b))) {
        out.add(b);
      }
      return;
    }
    VariableSpec spec = vars.get(i).getValue();
    for (long k = 0; k < spec.choices(); k++) {
      Bindings next;
      try {
        next = b.with(vars.get(i).getKey(), spec.value(k, b));
      } catch (dev.descent.engine.DescentException e) {
        continue;
      }
      walk(vars, i + 1, next, require, out);
    }
  }
}
