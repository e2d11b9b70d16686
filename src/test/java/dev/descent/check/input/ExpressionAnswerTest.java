package dev.descent.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionAnswerTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"2w - 4", "2(w-2)", "-4 + 2*w", "2*w-4", "2w \u2212 4", " 2 w - 4 ", "4w/2 - 2*2"})
  void readsEveryWayOfWritingTheDerivativeOfTheCourseQuadratic(String typed) {
    // d/dw (w^2 - 4w + 5) = 2w - 4: -4 at w = 0, 2 at w = 3, -3 at w = 0.5
    Objective f = AnswerReader.expression(typed, List.of("w")).bind(List.of("w"));
    assertThat(f.value(new double[] {0})).isCloseTo(-4, within(1e-12));
    assertThat(f.value(new double[] {3})).isCloseTo(2, within(1e-12));
    assertThat(f.value(new double[] {0.5})).isCloseTo(-3, within(1e-12));
  }

  @Test
  void aDecimalCommaIsADecimalPoint() {
    // 0,5w at w = 4 is 2
    Objective f = AnswerReader.expression("0,5w", List.of("w")).bind(List.of("w"));
    assertThat(f.value(new double[] {4})).isCloseTo(2, within(1e-12));
  }

  @Test
  void mayUseFewerVariablesThanAllowed() {
    assertThat(AnswerReader.expression("2w", List.of("w", "b")).variables()).containsExactly("w");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "2x - 4 | your answer uses x, but this question is about w",
      "x + y | your answer uses x and y, but this question is about w",
      "2w - | expected a term after '-'",
      "dL/dw = 2w - 4 | type only the formula, without the 'dL/dw =' before it",
      "2(w - 2 | missing ')'",
  })
  void refusesWithAMessageThatSaysWhy(String typed, String keyWords) {
    assertThatThrownBy(() -> AnswerReader.expression(typed, List.of("w")))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContaining(keyWords);
  }

  @Test
  void anEmptyAnswerAsksForAFormulaInTheVariables() {
    assertThatThrownBy(() -> AnswerReader.expression("  ", List.of("w", "b")))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContaining("type a formula in w and b");
  }

  @Test
  void namesRunTogetherAreShownAsAProduct() {
    assertThatThrownBy(() -> AnswerReader.expression("wb + 1", List.of("w", "b")))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContainingAll("uses wb", "about w and b", "write w*b");
  }

  @Test
  void parserColumnsAreKept() {
    // the '-' without a term after it is the 4th character
    assertThatThrownBy(() -> AnswerReader.expression("2w -", List.of("w")))
        .isInstanceOfSatisfying(AnswerFormatException.class, e -> assertThat(e.column()).isEqualTo(4));
  }
}
