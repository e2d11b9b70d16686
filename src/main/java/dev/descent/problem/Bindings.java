package dev.descent.problem;

import dev.descent.engine.DescentException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The numbers of one variant of a problem, by variable name, in the order they were drawn. */
public record Bindings(Map<String, Double> values) {
  /** No variables. */
  public static final Bindings EMPTY = new Bindings(Map.of());

  public Bindings {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of {@code name}. */
  public double get(String name) {
    Double v = values.get(name);
    if (v == null) {
      throw new DescentException("no variable " + name);
    }
    return v;
  }

  /** True when {@code name} is bound. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** These bindings with one more. */
  public Bindings with(String name, double value) {
    Map<String, Double> m = new LinkedHashMap<>(values);
    m.put(name, value);
    return new Bindings(m);
  }
}
