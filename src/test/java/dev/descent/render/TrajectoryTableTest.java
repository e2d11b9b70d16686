package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.Adam;
import dev.descent.engine.optim.Clipping;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Schedule;
import dev.descent.engine.optim.Trajectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryTableTest {

  /** L(w) = w^2 - 4w + 5 from w = 0 at eta = 0.3: w_k = 2 - 2(0.4)^k, L = 1 + 4(0.16)^k, L' = -4(0.4)^k. */
  private static final Trajectory EIGHT_STEPS = Trajectory.of(
      Run.gradientDescent(Expression.parse("w^2-4w+5").bind(), new double[] {0}, 0.3, 8));

  /** Adam on a 2-D bowl with every column on: far wider than 80 columns. */
  private static final Trajectory ADAM = Trajectory.of(new Run(Expression.parse("x^2 + 10*y^2").bind(),
      new double[] {1, -1}, new Adam(0.9, 0.999, 1e-8), 0.1, new Schedule.Constant(), new Clipping(5), 12));

  /** L(w) = w^2 at eta = 1.5 doubles and flips w each step: |w_k| = 2^k, first above 1e12 at k = 40. */
  private static final Trajectory DIVERGING = Trajectory.of(
      Run.gradientDescent(Expression.parse("w^2").bind(), new double[] {1}, 1.5, 100));

  private static final TableOptions EVERYTHING =
      TableOptions.defaults().withState(true).withEta(true).withClipped(true);

  @Test
  void headerNamesStepCoordinateLossAndGradient() {
    assertThat(TrajectoryTable.lines(EIGHT_STEPS, TableOptions.defaults()).get(0).split("\\s+"))
        .containsExactly("step", "w", "L", "dL/dw");
  }

  @Test
  void coordinateColumnHoldsTheClosedFormIterates() {
    assertThat(TableText.column(TrajectoryTable.lines(EIGHT_STEPS, TableOptions.defaults()), "w"))
        .containsExactly("0", "1.2", "1.68", "1.872", "1.9488", "1.97952", "1.991808", "1.9967232", "1.99868928");
  }

  @Test
  void lossColumnHoldsTheClosedFormLossesToTenDigits() {
    // 1 + 4(0.16)^5 = 1.0004194304 and 1 + 4(0.16)^8 = 1.0000017179869184, to 10 significant digits
    assertThat(TableText.column(TrajectoryTable.lines(EIGHT_STEPS, TableOptions.defaults()), "L"))
        .containsExactly("5", "1.64", "1.1024", "1.016384", "1.00262144", "1.00041943", "1.000067109",
            "1.000010737", "1.000001718");
  }

  @Test
  void gradientColumnHoldsTheClosedFormDerivatives() {
    assertThat(TableText.column(TrajectoryTable.lines(EIGHT_STEPS, TableOptions.defaults()), "dL/dw"))
        .containsExactly("-4", "-1.6", "-0.64", "-0.256", "-0.1024", "-0.04096", "-0.016384", "-0.0065536",
            "-0.00262144");
  }

  @Test
  void lossHeaderAndGradientPrefixCanBeChosen() {
    assertThat(TrajectoryTable.lines(EIGHT_STEPS, TableOptions.defaults().withLossHeader("f", "df/d")).get(0)
        .split("\\s+")).containsExactly("step", "w", "f", "df/dw");
  }

  @Test
  void learningRateIsBlankAtTheStartAndShownAfter() {
    assertThat(TableText.column(TrajectoryTable.lines(EIGHT_STEPS, TableOptions.defaults().withEta(true)), "eta"))
        .containsExactly("", "0.3", "0.3", "0.3", "0.3", "0.3", "0.3", "0.3", "0.3");
  }

  @Test
  void clippedStepsAreMarked() {
    // the gradient at w = 0 is -4, longer than tau = 1, so step 1 is clipped
    Trajectory clipped = Trajectory.of(new Run(Expression.parse("w^2-4w+5").bind(), new double[] {0},
        new dev.descent.engine.optim.GradientDescent(), 0.3, new Schedule.Constant(), new Clipping(1), 1));
    assertThat(TableText.column(TrajectoryTable.lines(clipped, TableOptions.defaults().withClipped(true)), "clipped"))
        .containsExactly("", "yes");
  }

  @Test
  void singleCoordinateStateIsHeadedByItsName() {
    Trajectory adam = Trajectory.of(new Run(Expression.parse("w^2").bind(), new double[] {1},
        new Adam(0.9, 0.999, 1e-8), 0.1, new Schedule.Constant(), Clipping.none(), 1));
    assertThat(TrajectoryTable.lines(adam, TableOptions.defaults().withGradient(false).withState(true)).get(0)
        .split("\\s+")).containsExactly("step", "w", "L", "m", "v", "m_hat", "v_hat");
  }

  @Test
  void severalCoordinateStateIsHeadedByNameAndCoordinate() {
    assertThat(String.join("\n", TrajectoryTable.lines(ADAM, EVERYTHING)))
        .contains("m_hat[x]", "m_hat[y]", "v_hat[x]", "v_hat[y]");
  }

  @Test
  void wideTableIsSplitIntoPanelsThatFitEightyColumns() {
    assertThat(TrajectoryTable.lines(ADAM, EVERYTHING)).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
  }

  @Test
  void wideTableHasMoreThanOnePanel() {
    assertThat(TableText.panels(TrajectoryTable.lines(ADAM, EVERYTHING))).isGreaterThan(1);
  }

  @Test
  void everyPanelRepeatsTheStepColumn() {
    assertThat(TrajectoryTable.lines(ADAM, EVERYTHING).stream().filter(l -> l.startsWith("-")))
        .allSatisfy(dashes -> assertThat(dashes).startsWith("----  "));
  }

  @Test
  void narrowerWidthIsHonoured() {
    assertThat(TrajectoryTable.lines(ADAM, EVERYTHING.withWidth(40)))
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(40));
  }

  @Test
  void noLineSpellsOutSpecialValuesOrNegativeZero() {
    assertThat(String.join("\n", TrajectoryTable.lines(ADAM, EVERYTHING)) + "\n"
        + String.join("\n", TrajectoryTable.lines(DIVERGING, EVERYTHING)))
        .doesNotContain("NaN", "Infinity", "-0 ", "-0\n");
  }

  @Test
  void divergedRunEndsWithTheStepWhereItDiverged() {
    List<String> lines = TrajectoryTable.lines(DIVERGING, TableOptions.defaults());
    assertThat(lines.get(lines.size() - 1)).startsWith("diverged at step 40");
  }

  @Test
  void everyNthStepShowsThoseStepsAndTheLast() {
    assertThat(TableText.column(TrajectoryTable.lines(EIGHT_STEPS, TableOptions.defaults().withEvery(3)), "step"))
        .containsExactly("0", "3", "6", "8");
  }
}
