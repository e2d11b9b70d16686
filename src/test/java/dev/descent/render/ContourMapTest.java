package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Trajectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContourMapTest {

  private static final Objective BOWL = Expression.parse("x^2 + y^2").bind();

  /** On [-1, 1]² with 21 columns and 11 rows, cell (c, r) is the point (-1 + c/10, 1 - r/5). */
  private static final ContourOptions UNIT_SQUARE =
      ContourOptions.defaults().withBox(new Box(-1, 1, -1, 1)).withSize(21, 11);

  private static final List<String> DIAGONAL = ContourMap.lines(BOWL,
      List.of(new double[] {-1, 1}, new double[] {0, 0}, new double[] {1, -1}), UNIT_SQUARE);

  /** The character at grid column c and row r: rows follow the title line, cells follow the '|'. */
  private static char at(List<String> map, int c, int r) {
    String line = map.get(1 + r);
    return line.charAt(line.indexOf('|') + 1 + c);
  }

  @Test
  void mapHasTitleRowsAxisLabelsAndLegend() {
    assertThat(DIAGONAL.subList(0, 1 + 11 + 2)).hasSize(14).first().isEqualTo("y");
  }

  @Test
  void everyGridRowIsAsWideAsTheGrid() {
    assertThat(DIAGONAL.subList(1, 12)).allSatisfy(row -> assertThat(row.substring(row.indexOf('|') + 1)).hasSize(21));
  }

  @Test
  void startIsAtTheTopLeftCorner() {
    assertThat(at(DIAGONAL, 0, 0)).isEqualTo('S');
  }

  @Test
  void endIsAtTheBottomRightCorner() {
    assertThat(at(DIAGONAL, 20, 10)).isEqualTo('E');
  }

  @Test
  void pointBetweenShowsItsStepAtTheCentre() {
    assertThat(at(DIAGONAL, 10, 5)).isEqualTo('1');
  }

  @Test
  void yAxisIsLabelledAtTopMiddleAndBottom() {
    assertThat(new String[] {DIAGONAL.get(1), DIAGONAL.get(6), DIAGONAL.get(11)})
        .satisfiesExactly(top -> assertThat(top).startsWith(" 1 |"), mid -> assertThat(mid).startsWith(" 0 |"),
            bottom -> assertThat(bottom).startsWith("-1 |"));
  }

  @Test
  void xAxisIsLabelledAtBothEndsWithTheVariableBetween() {
    assertThat(DIAGONAL.get(13).strip().split("\\s+")).containsExactly("-1", "x", "1");
  }

  @Test
  void minimumIsShadedLowestAndCornersHighest() {
    List<String> map = ContourMap.lines(BOWL, List.of(new double[] {1, 1}), UNIT_SQUARE);
    assertThat(new char[] {at(map, 10, 5), at(map, 0, 10)}).containsExactly(' ', '@');
  }

  @Test
  void flatFunctionIsShadedLowestEverywhere() {
    List<String> map = ContourMap.lines(Expression.parse("0*x*y").bind(), List.of(new double[] {1, 1}), UNIT_SQUARE);
    assertThat(map.subList(2, 12)).allSatisfy(row -> assertThat(row.substring(row.indexOf('|') + 1)).isBlank());
  }

  @Test
  void cellsWhereTheFunctionIsUndefinedAreMarked() {
    // log(x) has no value for x <= 0, which is the left half of the box
    List<String> map = ContourMap.lines(Expression.parse("log(x) + y^2").bind(), List.of(new double[] {1, 1}),
        UNIT_SQUARE);
    assertThat(at(map, 0, 5)).isEqualTo('?');
  }

  @Test
  void legendExplainsUndefinedCells() {
    List<String> map = ContourMap.lines(Expression.parse("log(x) + y^2").bind(), List.of(new double[] {1, 1}),
        UNIT_SQUARE);
    assertThat(String.join(" ", map)).contains("?: not defined");
  }

  @Test
  void pointsOutsideTheBoxAreCounted() {
    List<String> map = ContourMap.lines(BOWL, List.of(new double[] {0, 0}, new double[] {5, 0}), UNIT_SQUARE);
    assertThat(String.join(" ", map)).contains("1 point outside the box");
  }

  /** GD on 0.5(5x^2 + y^2) at eta = 0.35 from (1, 1): x_k = (-0.75)^k, y_k = 0.65^k. */
  private static final List<String> ZIG_ZAG = ContourMap.lines(
      Trajectory.of(Run.gradientDescent(Expression.parse("0.5*(5x^2 + y^2)").bind(), new double[] {1, 1}, 0.35, 4)),
      ContourOptions.defaults().withBox(new Box(-1.2, 1.2, -0.2, 1.2)));

  @Test
  void gradientDescentZigZagsAcrossTheValley() {
    // column round((x + 1.2) / 2.4 * 60), row round((1.2 - y) / 1.4 * 20)
    assertThat(new char[] {at(ZIG_ZAG, 55, 3), at(ZIG_ZAG, 11, 8), at(ZIG_ZAG, 44, 11), at(ZIG_ZAG, 19, 13),
        at(ZIG_ZAG, 38, 15)}).containsExactly('S', '1', '2', '3', 'E');
  }

  @Test
  void defaultMapFitsEightyColumns() {
    assertThat(ZIG_ZAG).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
  }

  @Test
  void divergedRunIsReportedAndNeverPrintsSpecialValues() {
    Trajectory diverging = Trajectory.of(Run.gradientDescent(BOWL, new double[] {1, 1}, 1.5, 100));
    // each step multiplies both coordinates by 1 - 2(1.5) = -2, so they pass 1e12 at step 40
    assertThat(String.join("\n", ContourMap.lines(diverging, ContourOptions.defaults())))
        .contains("diverged at step 40").doesNotContain("NaN", "Infinity");
  }

  @Test
  void functionOfOneVariableIsRefused() {
    assertThatThrownBy(() -> ContourMap.lines(Expression.parse("w^2").bind(), List.of(new double[] {1}),
        ContourOptions.defaults())).isInstanceOf(DescentException.class).hasMessageContaining("two variables");
  }
}
