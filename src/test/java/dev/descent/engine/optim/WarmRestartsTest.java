package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.DescentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cosine decay with warm restarts (SGDR): η_k = η₀·½(1 + cos(πj/K)) with j the step within its cycle of K
 * steps, so the rate returns to near η₀ after every K steps. Values worked by hand for η₀ = 0.1, K = 50:
 * j = 25 gives cos(π/2) = 0, half of η₀; j = K gives cos π = −1, rate 0; j = 1 gives ½(1 + cos(π/50)).
 */
class WarmRestartsTest {
  private static final Schedule SGDR = Schedule.parse("restarts:K=50", 1000);

  @ParameterizedTest(name = "step {0}")
  @CsvSource({
      "25, 0.05",
      "50, 0",
      "51, 0.09990133642",   // 0.05·(1 + 0.9980267284)
      "75, 0.05",
      "100, 0",
      "101, 0.09990133642"})
  void theRateStartsAgainAfterEveryCycle(int k, double rate) {
    assertThat(SGDR.rate(0.1, k)).isCloseTo(rate, within(1e-11));
  }

  @Test
  void itReadsBackAsWritten() {
    assertThat(SGDR.spec()).isEqualTo("restarts:K=50");
    assertThat(Schedule.parse(SGDR.spec(), 10)).isEqualTo(SGDR);
  }

  @Test
  void aRunUnderRestartsTakesTheRatesOfItsCycles() {
    // w² from 1 at η₀ = 0.1, K = 3: rates 0.075, 0.025, 0, 0.075; w ← w(1 − 2η_k): 0.85, 0.8075, 0.8075, 0.686375.
    Run r = new Run(dev.descent.engine.expr.Expression.parse("w^2").bind(), new double[] {1}, new GradientDescent(), 0.1,
        Schedule.parse("restarts:K=3", 4), Clipping.none(), 4);
    Trajectory t = Trajectory.of(r);
    assertThat(t.rows().get(3).point()[0]).isCloseTo(0.8075, within(1e-12));
    assertThat(t.rows().get(4).point()[0]).isCloseTo(0.686375, within(1e-12));
  }

  @Test
  void aCycleMustBeGiven() {
    assertThatThrownBy(() -> Schedule.parse("restarts", 100)).isInstanceOf(DescentException.class)
        .hasMessageContaining("k=");
  }
}
