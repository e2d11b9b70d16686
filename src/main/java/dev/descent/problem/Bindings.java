package dev.descent.problem;

import dev.descent.engine.DescentException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers of one variant of a problem, by variable name, in the order they were drawn. Immutable;
 * two are equal when they bind the same names to the same numbers.
 */
public final class Bindings {
  /** No variables. */
  public static final Bindings EMPTY = new Bindings(Map.of());

  private final Map<String, Double> values;

  /** The numbers of {@code values}, copied. */
  public Bindings(Map<String, Double> values) {
    this(new LinkedHashMap<>(values), true);
  }

  private Bindings(LinkedHashMap<String, Double> owned, boolean unused) {
    this.values = Collections.unmodifiableMap(owned);
  }

  /**
   * Bindings over {@code drawing}, not copied: {@link Variants#draw} fills one map a variable at a time,
   * each variable seeing the ones drawn before it, where making new bindings for each variable copied the
   * map twice (a tenth of the time grading a class took). The map must not change once the draw is over.
   */
  static Bindings over(LinkedHashMap<String, Double> drawing) {
    return new Bindings(drawing, true);
  }

  /** The numbers by name, in drawing order; unmodifiable. */
  public Map<String, Double> values() {
    return values;
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
    LinkedHashMap<String, Double> m = new LinkedHashMap<>(values);
    m.put(name, value);
    return new Bindings(m, true);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bindings b && b.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Bindings[values=" + values + "]";
  }
}
