package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The memo a class's files share: each result computed once, and bounded when results are not reused. */
class SharedMemoTest {
  @Test
  void aResultIsComputedOnceAndFoundAfterwards() {
    SharedMemo<String, String> memo = new SharedMemo<>(100);
    AtomicInteger computed = new AtomicInteger();

    String first = memo.get("p1.w1", () -> "judged " + computed.incrementAndGet());
    String again = memo.get("p1.w1", () -> "judged " + computed.incrementAndGet());

    assertThat(again).isSameAs(first).isEqualTo("judged 1");
    assertThat(memo.lookups()).isEqualTo(2);
    assertThat(memo.found()).isEqualTo(1);
  }

  @Test
  void itNeverHoldsMoreThanItsBound() {
    SharedMemo<Integer, Integer> memo = new SharedMemo<>(10);
    for (int i = 0; i < 50; i++) {
      assertThat(memo.get(i, () -> -1)).isEqualTo(-1); // computed even when not kept
    }
    assertThat(memo.size()).isEqualTo(10);
  }

  @Test
  void pastTheWarmUpResultsNoOneAsksForAgainAreNotKept() {
    // Every key new, as in a class whose students share no numbers: the memo stops at its warm-up.
    SharedMemo<Integer, Integer> memo = new SharedMemo<>(1_000_000);
    for (int i = 0; i < 3 * SharedMemo.WARM_UP; i++) {
      memo.get(i, () -> 0);
    }
    assertThat(memo.size()).isEqualTo(SharedMemo.WARM_UP);
  }

  @Test
  void pastTheWarmUpItKeepsAddingWhileOneLookupInFourIsFound() {
    // Each new key asked three times more: three lookups in four find their result.
    SharedMemo<Integer, Integer> memo = new SharedMemo<>(1_000_000);
    for (int i = 0; i < 2 * SharedMemo.WARM_UP; i++) {
      for (int k = 0; k < 4; k++) {
        memo.get(i, () -> 0);
      }
    }
    assertThat(memo.size()).isEqualTo(2 * SharedMemo.WARM_UP);
  }

  @Test
  void threadsAskingAtOnceAllGetOneResultPerKey() {
    SharedMemo<Integer, Object> memo = new SharedMemo<>(1_000);
    Object[][] seen = new Object[8][200];
    IntStream.range(0, 8).parallel().forEach(t -> {
      for (int i = 0; i < 200; i++) {
        seen[t][i] = memo.get(i, Object::new);
      }
    });
    for (int i = 0; i < 200; i++) {
      for (int t = 1; t < 8; t++) {
        assertThat(seen[t][i]).as("key %d", i).isSameAs(seen[0][i]);
      }
    }
  }
}
