package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.problem.Bindings;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key a class's caches find an outcome or a judgement by. */
class VariantKeyTest {
  private static Bindings numbers(double... values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put("v" + i, values[i]);
    }
    return new Bindings(m);
  }

  @Test
  void keysAreEqualOnlyForTheSameQuestionNumbersAndAnswer() {
    VariantKey key = new VariantKey("p1.w1", numbers(1, 2, 0.1), "-1.25");

    assertThat(new VariantKey("p1.w1", numbers(1, 2, 0.1), "-1.25")).isEqualTo(key).hasSameHashCodeAs(key);
    assertThat(new VariantKey("p1.w2", numbers(1, 2, 0.1), "-1.25")).isNotEqualTo(key);
    assertThat(new VariantKey("p1.w1", numbers(1, 2, 0.2), "-1.25")).isNotEqualTo(key);
    assertThat(new VariantKey("p1.w1", numbers(1, 2, 0.1), "-1.250")).isNotEqualTo(key);
    assertThat(new VariantKey("p1.w1", numbers(1, 2, 0.1), null)).isNotEqualTo(key);
    assertThat(new VariantKey("p1.w1", numbers(-0.0), null)).isNotEqualTo(new VariantKey("p1.w1", numbers(0.0), null));
  }

  @Test
  void tableRowsAreComparedCellByCell() {
    Object rows = new Object[] {new Double[][] {{2.4, 8.12}, null, {3.744, null}}, false};
    Object same = new Object[] {new Double[][] {{2.4, 8.12}, null, {3.744, null}}, false};
    Object other = new Object[] {new Double[][] {{2.4, 8.12}, null, {3.744, 3.13}}, false};
    Object unread = new Object[] {new Double[][] {{2.4, 8.12}, null, {3.744, null}}, true};

    VariantKey key = new VariantKey("p2.table", numbers(1), rows);
    assertThat(new VariantKey("p2.table", numbers(1), same)).isEqualTo(key).hasSameHashCodeAs(key);
    assertThat(new VariantKey("p2.table", numbers(1), other)).isNotEqualTo(key);
    assertThat(new VariantKey("p2.table", numbers(1), unread)).isNotEqualTo(key);
  }

  @Test
  void theVariantsOfAProblemSpreadOverAHashTable() {
    // The numbers of eight-steps-homework's first problem: a, c, d, w0 and eta, under its two conditions.
    // Java's hash of a double keeps whole numbers and halves in its upper bits; summed as Arrays.hashCode
    // does, these 396 variants fell into 96 of 1,024 buckets. Random hashes would fill about 328.
    Set<Integer> buckets = new HashSet<>();
    int variants = 0;
    for (double a : new double[] {0.5, 1, 2}) {
      for (double c = 1; c <= 4; c++) {
        for (double d : new double[] {0, 1, 3}) {
          for (double w0 = -2; w0 <= 0; w0++) {
            for (double eta : new double[] {0.05, 0.1, 0.15, 0.2}) {
              if (2 * a * eta < 1 && Math.abs(a - 1) + Math.abs(c - 2) > 0) {
                variants++;
                int h = new VariantKey("p1.w1", numbers(a, c, d, w0, eta), null).hashCode();
                buckets.add((h ^ h >>> 16) & 1023); // how HashMap and ConcurrentHashMap pick a bucket
              }
            }
          }
        }
      }
    }
    assertThat(variants).isEqualTo(396);
    assertThat(buckets.size()).isGreaterThan(300);
  }
}
