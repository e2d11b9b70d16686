package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The schedules count the first update as k = 1 (notes 001's convention). PyTorch's StepLR and
 * CosineAnnealingLR give the rate after {@code e} calls of {@code scheduler.step()} as
 * η·γ^⌊e/S⌋ and η·(1 + cos(πe/K))/2 (their documentation), and the usual loop applies the rate of
 * e = j − 1 to update j; these tests hold the facts {@code trace --help} and the README state.
 */
class ScheduleConventionsTest {
  private static double stepLr(double eta, double gamma, int stepSize, int calls) {
    return eta * Math.pow(gamma, Math.floorDiv(calls, stepSize));
  }

  private static double cosineAnnealingLr(double eta, int tMax, int calls) {
    return eta * (1 + Math.cos(Math.PI * calls / tMax)) / 2;
  }

  @Test
  void stepDecayRunsOneUpdateAheadOfStepLr() {
    Schedule s = new Schedule.StepDecay(0.5, 3);
    for (int k = 1; k <= 20; k++) {
      // descent's update k has the rate PyTorch's loop gives update k + 1 (after k scheduler steps).
      assertThat(s.rate(0.1, k)).isEqualTo(stepLr(0.1, 0.5, 3, k));
    }
    // So descent's third update already has 0.05, where PyTorch's third update still has 0.1.
    assertThat(s.rate(0.1, 3)).isEqualTo(0.05);
    assertThat(stepLr(0.1, 0.5, 3, 3 - 1)).isEqualTo(0.1);
  }

  @Test
  void cosineRunsOneUpdateAheadAndThenStaysAtZero() {
    Schedule s = new Schedule.Cosine(10);
    for (int k = 1; k <= 10; k++) {
      assertThat(s.rate(0.1, k)).isCloseTo(cosineAnnealingLr(0.1, 10, k), within(1e-17));
    }
    for (int k = 11; k <= 19; k++) {
      assertThat(s.rate(0.1, k)).isZero();
      assertThat(cosineAnnealingLr(0.1, 10, k)).isPositive();
    }
    assertThat(cosineAnnealingLr(0.1, 10, 20)).isCloseTo(0.1, within(1e-17));
  }
}
