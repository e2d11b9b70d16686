package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Trajectory;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LinePlotTest {

  /** L(w) = w^2 - 4w + 5 from w = 0 at eta = 0.3: w_k = 2 - 2(0.4)^k rises from 0 to 1.99868928. */
  private static final Trajectory EIGHT_STEPS = Trajectory.of(
      Run.gradientDescent(Expression.parse("w^2-4w+5").bind(), new double[] {0}, 0.3, 8));

  /** L(w) = w^2 at eta = 1.5: |w_k| = 2^k, first above 1e12 at k = 40. */
  private static final Trajectory DIVERGING = Trajectory.of(
      Run.gradientDescent(Expression.parse("w^2").bind(), new double[] {1}, 1.5, 100));

  private static final PlotOptions DEFAULTS = PlotOptions.defaults();

  private static final List<String> W_PLOT = LinePlot.coordinates(EIGHT_STEPS, DEFAULTS);

  /** The grid rows: the lines after the title, as many as the height. */
  private static List<String> grid(List<String> plot, int height) {
    return plot.subList(1, 1 + height);
  }

  @Test
  void plotHasTitleGridAxisStepLabelsAndLegend() {
    assertThat(W_PLOT).hasSize(1 + 11 + 1 + 1 + 1);
  }

  @Test
  void titleIsTheVariable() {
    assertThat(W_PLOT.get(0)).isEqualTo("w");
  }

  @Test
  void largestValueIsOnTheTopRowAtTheLastColumn() {
    assertThat(grid(W_PLOT, 11).get(0)).endsWith("*");
  }

  @Test
  void smallestValueIsOnTheBottomRowAtTheFirstColumn() {
    assertThat(grid(W_PLOT, 11).get(10)).endsWith("|*");
  }

  @Test
  void topAndBottomAreLabelledWithTheExtremes() {
    // max 1.99868928 to six digits; min 0; middle (0 + 1.99868928)/2 = 0.99934464
    assertThat(grid(W_PLOT, 11)).satisfies(rows -> {
      assertThat(rows.get(0).strip()).startsWith("1.99869 |");
      assertThat(rows.get(5).strip()).startsWith("0.999345 |");
      assertThat(rows.get(10).strip()).startsWith("0 |");
    });
  }

  @Test
  void stepLabelsNameFirstMiddleAndLastStep() {
    assertThat(W_PLOT.get(13).strip().split("\\s+")).containsExactly("0", "4", "8");
  }

  @Test
  void axisLineEndsWithTheStepTitle() {
    assertThat(W_PLOT.get(12)).endsWith("- step");
  }

  @Test
  void legendGivesTheMark() {
    assertThat(W_PLOT.get(14)).isEqualTo("* w");
  }

  @Test
  void everyLineFitsTheWidth() {
    assertThat(W_PLOT).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
  }

  @Test
  void constantSeriesLiesOnTheMiddleRow() {
    List<String> plot = LinePlot.lines(List.of(new Series("c", new double[] {3, 3, 3})), DEFAULTS);
    assertThat(grid(plot, 11).get(5)).isEqualTo("3 |*" + " ".repeat(35) + "*" + " ".repeat(34) + "*");
  }

  @Test
  void singlePointIsDrawnAtTheFirstColumnOfTheMiddleRow() {
    List<String> plot = LinePlot.lines(List.of(new Series("one", new double[] {-0.0})), DEFAULTS);
    assertThat(grid(plot, 11).get(5)).isEqualTo("0 |*");
  }

  @Test
  void moreStepsThanColumnsStillFitsTheWidth() {
    double[] ramp = IntStream.range(0, 1000).mapToDouble(i -> i).toArray();
    assertThat(LinePlot.lines(List.of(new Series("ramp", ramp)), DEFAULTS))
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
  }

  @Test
  void moreStepsThanColumnsFillsEveryColumnAndLabelsTheLastStep() {
    double[] ramp = IntStream.range(0, 1000).mapToDouble(i -> i).toArray();
    List<String> plot = LinePlot.lines(List.of(new Series("ramp", ramp)), DEFAULTS);
    assertThat(plot.get(13)).endsWith("999");
  }

  @Test
  void oscillationWithinAColumnIsDrawnAsABarFromLowToHigh() {
    // 0, 1, 0, 1, ... over 1000 steps: every column covers both values, so every row is full;
    // labels 1, 0.5, 0 take 3 characters, leaving 80 - 3 - " |" - " step" = 70 columns
    double[] flip = IntStream.range(0, 1000).mapToDouble(i -> i % 2).toArray();
    List<String> plot = LinePlot.lines(List.of(new Series("flip", flip)), DEFAULTS);
    assertThat(grid(plot, 11)).allSatisfy(row -> assertThat(row).endsWith("|" + "*".repeat(70)));
  }

  @Test
  void severalSeriesGetDistinctMarksInTheLegend() {
    List<String> plot = LinePlot.lines(List.of(new Series("a", new double[] {0, 1}),
        new Series("b", new double[] {1, 0})), DEFAULTS);
    assertThat(plot.get(plot.size() - 1)).isEqualTo("* a   o b");
  }

  @Test
  void valuesThatAreNotFiniteAreLeftOut() {
    List<String> plot = LinePlot.lines(List.of(new Series("s", new double[] {1, Double.NaN, 3,
        Double.POSITIVE_INFINITY})), DEFAULTS);
    assertThat(String.join("\n", plot)).doesNotContain("NaN", "Infinity", "inf");
  }

  @Test
  void divergingLossIsPlottedAndTheDivergenceReported() {
    List<String> plot = LinePlot.loss(DIVERGING, DEFAULTS);
    assertThat(plot.get(plot.size() - 1)).startsWith("diverged at step 40");
  }

  @Test
  void divergingPlotNeverPrintsSpecialValues() {
    assertThat(String.join("\n", LinePlot.loss(DIVERGING, DEFAULTS))).doesNotContain("NaN", "Infinity", "-0 ");
  }
}
