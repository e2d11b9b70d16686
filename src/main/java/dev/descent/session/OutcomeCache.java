package dev.descent.session;

import dev.descent.problem.Bindings;
import dev.descent.problem.Outcome;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Outcomes shared by the variants of one lesson file: a question's outcome depends only on its
 * problem's numbers, and students often draw the same ones, so grading a class computes each
 * (question, numbers) once. Safe for use by several threads; holds at most {@link #MAX_ENTRIES}.
 */
public final class OutcomeCache {
  /** The most outcomes kept; past it, outcomes are computed and not kept. */
  public static final int MAX_ENTRIES = 50_000;

  private final Map<Key, Outcome> outcomes = new ConcurrentHashMap<>();

  /**
   * A question and its problem's numbers in drawing order. Hashed as an array: the hash of a map of
   * doubles sums entries whose low bits are all zero for whole numbers, and collides constantly.
   */
  private static final class Key {
    private final String question;
    private final double[] numbers;
    private final int hash;

    Key(String question, Bindings numbers) {
      this.question = question;
      this.numbers = numbers.values().values().stream().mapToDouble(Double::doubleValue).toArray();
      this.hash = 31 * question.hashCode() + Arrays.hashCode(this.numbers);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.hash == hash && k.question.equals(question) && Arrays.equals(k.numbers, numbers);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The outcome of {@code question} for {@code numbers}, computed by {@code compute} the first time. */
  Outcome get(String question, Bindings numbers, Supplier<Outcome> compute) {
    Key key = new Key(question, numbers);
    Outcome o = outcomes.get(key);
    if (o == null) {
      o = compute.get();
      if (outcomes.size() < MAX_ENTRIES) {
        outcomes.putIfAbsent(key, o);
      }
    }
    return o;
  }
}
