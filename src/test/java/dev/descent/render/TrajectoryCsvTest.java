package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Trajectory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TrajectoryCsvTest {

  /** L(w) = w^2 - 4w + 5 from w = 0 at eta = 0.3: w_k = 2 - 2(0.4)^k. */
  private static final Trajectory EIGHT_STEPS = Trajectory.of(
      Run.gradientDescent(Expression.parse("w^2-4w+5").bind(), new double[] {0}, 0.3, 8));

  private static final List<String> CSV =
      TrajectoryCsv.lines(EIGHT_STEPS, TableOptions.defaults().withEta(true).withClipped(true));

  @Test
  void headerUsesTheTableColumnNames() {
    assertThat(CSV.get(0)).isEqualTo("step,w,L,dL/dw,eta,clipped");
  }

  @Test
  void oneLinePerStepAfterTheHeader() {
    assertThat(CSV).hasSize(10);
  }

  @Test
  void startHasNoLearningRate() {
    assertThat(CSV.get(1).split(",", -1)[4]).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
  void coordinateReadsBackAtFullPrecision(int k) {
    assertThat(Double.parseDouble(CSV.get(k + 1).split(",")[1])).isCloseTo(2 - 2 * Math.pow(0.4, k), within(1e-15));
  }

  @Test
  void clippedColumnSaysFalseWhenNothingWasClipped() {
    assertThat(CSV.get(2).split(",")[5]).isEqualTo("false");
  }
}
