package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Descriptions of figures on runs whose shape is known in closed form: gradient descent on
 * (w − 2)² from w = 0 has w_k = 2 − 2·f^k with f = 1 − 2η, so f = 0.4 rises and levels off, f = −0.8
 * oscillates and settles, f = −1 bounces for ever, f = −2 and f = 2 diverge.
 */
class TrendTest {

  private static double[] run(int steps, IntToDoubleFunction w) {
    double[] v = new double[steps + 1];
    for (int k = 0; k <= steps; k++) {
      v[k] = w.applyAsDouble(k);
    }
    return v;
  }

  private static double[] descent(double factor, int steps) {
    return run(steps, k -> 2 - 2 * Math.pow(factor, k));
  }

  @Test
  void aMonotoneRunThatConvergesRisesAndLevelsOff() {
    // w_8 = 2 - 2(0.4)^8 = 1.99869 (4 digits: 1.999); the limit is 2
    assertThat(Trend.series("w", descent(0.4, 8))).isEqualTo("w rises from 0 to 1.999 and levels off near 2");
  }

  @Test
  void aLossThatFallsToItsMinimumLevelsOffAtIt() {
    // L = (w - 2)^2 + 1 along the same run: 5 at the start, then 1 + 4(0.16)^k
    double[] loss = run(8, k -> 1 + 4 * Math.pow(0.16, k));
    assertThat(Trend.series("L", loss)).isEqualTo("L falls from 5 to 1 and levels off near 1");
  }

  @Test
  void aNegativeFactorAboveMinusOneOscillatesAndSettles() {
    // w_30 = 2 - 2(-0.8)^30 = 1.99752
    assertThat(Trend.series("w", descent(-0.8, 30)))
        .isEqualTo("w oscillates with shrinking swings from 0 to 1.998 and settles near 2");
  }

  @Test
  void factorMinusOneBouncesWithoutSettling() {
    assertThat(Trend.series("w", descent(-1, 6))).isEqualTo("w bounces between 0 and 4 without settling");
  }

  @Test
  void factorMinusTwoOscillatesWithGrowingSwingsAndDiverges() {
    // w_8 = 2 - 2(-2)^8 = -510
    assertThat(Trend.series("w", descent(-2, 8))).isEqualTo("w oscillates with growing swings from 0 to -510, diverging");
  }

  @Test
  void factorTwoRunsAwayInOneDirection() {
    // w_8 = 2 - 2*2^8 = -510
    assertThat(Trend.series("w", descent(2, 8))).isEqualTo("w falls from 0 to -510 ever faster, diverging");
  }

  @Test
  void aStepScheduleStepsDown() {
    // step decay: eta0 = 0.1 halved every 10 steps, 30 steps
    double[] eta = run(30, k -> 0.1 * Math.pow(0.5, Math.floor(k / 10.0)));
    assertThat(Trend.series("eta", eta)).isEqualTo("eta steps down 3 times, from 0.1 to 0.0125");
  }

  @Test
  void aConstantSeriesStays() {
    assertThat(Trend.series("eta", new double[] {Double.NaN, 0.1, 0.1, 0.1})).isEqualTo("eta stays at 0.1");
  }

  @Test
  void aPathAcrossANarrowValleyZigZagsInTheSteepCoordinate() {
    // x^2 + 10y^2 at eta = 0.09 from (1, 1): x_k = 0.82^k (0.82^30 = 0.002597), y_k = (-0.8)^k (0.8^30 = 0.001238)
    List<double[]> path = new ArrayList<>();
    for (int k = 0; k <= 30; k++) {
      path.add(new double[] {Math.pow(0.82, k), Math.pow(-0.8, k)});
    }
    assertThat(Trend.path(List.of("x", "y"), path)).isEqualTo(
        "the path starts at (1, 1), zig-zags across the valley in y and settles at (0.002597, 0.001238) after 30 steps");
  }

  @Test
  void aPathOnARoundBowlHeadsStraightDown() {
    List<double[]> path = new ArrayList<>();
    for (int k = 0; k <= 20; k++) {
      path.add(new double[] {2 * Math.pow(0.5, k), -Math.pow(0.5, k)});
    }
    assertThat(Trend.path(List.of("x", "y"), path)).isEqualTo(
        "the path starts at (2, -1), heads steadily downhill and settles at (1.907e-06, -9.537e-07) after 20 steps");
  }

  @Test
  void aPathThatRunsAwayDiverges() {
    List<double[]> path = new ArrayList<>();
    for (int k = 0; k <= 10; k++) {
      path.add(new double[] {Math.pow(-1.5, k), 0.5});
    }
    assertThat(Trend.path(List.of("x", "y"), path)).startsWith("the path starts at (1, 0.5) and moves ever farther away");
  }
}
