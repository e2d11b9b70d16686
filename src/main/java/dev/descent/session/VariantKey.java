package dev.descent.session;

import dev.descent.problem.Bindings;
import java.util.Arrays;
import java.util.Objects;

/**
 * A question of one lesson file, its problem's numbers in drawing order and, for a judgement, the
 * answer given (a typed text, or a table's rows read into numbers): what a class's caches are looked up
 * by. Java's own hash of a double folds its two halves together, and the numbers a set draws (whole
 * numbers, halves) carry all their information in the upper bits: with Arrays.hashCode, the 396 variants
 * of the first problem of eight-steps-homework fell into 96 of a 1,024-bucket table, and lookups walked
 * long chains. Each number's 64 bits are multiplied into the hash instead (Fibonacci hashing): 325 of
 * 1,024, as for random hashes.
 */
public final class VariantKey {
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;
  private final String question;
  private final double[] numbers;
  private final Object answer;
  private final int hash;

  /**
   * The key of {@code question} with {@code numbers} and {@code answer}: null for none, a String, or a
   * {@code Double[][]} of table rows (compared cell by cell).
   */
  public VariantKey(String question, Bindings numbers, Object answer) {
    this.question = question;
    this.numbers = new double[numbers.values().size()];
    this.answer = answer;
    long h = question.hashCode();
    int i = 0;
    for (double d : numbers.values().values()) {
      this.numbers[i++] = d;
      h = (h ^ Double.doubleToLongBits(d)) * GOLDEN;
      h ^= h >>> 32;
    }
    int a = answer == null ? 0 : answer instanceof Object[] rows ? Arrays.deepHashCode(rows) : answer.hashCode();
    this.hash = (int) ((h ^ a) * GOLDEN >>> 32);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VariantKey k && k.hash == hash && k.question.equals(question)
        && Arrays.equals(k.numbers, numbers) && Objects.deepEquals(k.answer, answer);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
