package dev.descent.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowAnswerTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "1.872, 1.016384",
      "1.872,1.016384",
      "1.872 1.016384",
      "1.872\t1.016384",
      "1.872 | 1.016384",
      "| 1.872 | 1.016384 |",
      "(1.872, 1.016384)",
      // decimal commas
      "1,872; 1,016384",
      "1,872 1,016384",
      "1,872 | 1,016384",
  })
  void readsARowInEveryAcceptedForm(String typed) {
    TypedRow row = AnswerReader.row(typed, 2);
    assertThat(row.step()).isEmpty();
    assertThat(row.values()).containsExactly(1.872, 1.016384);
    assertThat(row.isComplete()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "3: 1.872, 1.016384", " 3 : 1.872 1.016384", "step 3: 1.872, 1.016384", "Step 3:1.872;1.016384"})
  void readsTheStepNumberBeforeAColon(String typed) {
    TypedRow row = AnswerReader.row(typed, 2);
    assertThat(row.step()).isEqualTo(OptionalInt.of(3));
    assertThat(row.values()).containsExactly(1.872, 1.016384);
  }

  @Test
  void aSingleColumnReadsADecimalComma() {
    assertThat(AnswerReader.row("0,5", 1).values()).containsExactly(0.5);
  }

  static Stream<Arguments> partlyFilled() {
    return Stream.of(
        Arguments.of("1.872, -", 2, Arrays.asList(1.872, null)),
        Arguments.of("?, 1.016384", 2, Arrays.asList(null, 1.016384)),
        Arguments.of("1.872, , 3", 3, Arrays.asList(1.872, null, 3.0)),
        Arguments.of("1.5 - 2", 3, Arrays.asList(1.5, null, 2.0)),
        Arguments.of("1.872", 2, Arrays.asList(1.872, null)),
        Arguments.of("", 2, Arrays.asList(null, null)),
        Arguments.of(null, 1, Arrays.asList((Double) null)),
        Arguments.of("4:", 2, Arrays.asList(null, null)),
        Arguments.of("1.8, 1.0,", 2, Arrays.asList(1.8, 1.0)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("partlyFilled")
  void missingCellsAreNull(String typed, int cells, List<Double> expected) {
    assertThat(AnswerReader.row(typed, cells).values()).isEqualTo(expected);
  }

  @Test
  void aPartlyFilledRowIsNotComplete() {
    assertThat(AnswerReader.row("1.872, ?", 2).isComplete()).isFalse();
  }

  @Test
  void tooManyNumbersAreRefused() {
    assertThatThrownBy(() -> AnswerReader.row("1, 2, 3", 2))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContaining("expected 2 numbers in this row, got 3");
  }

  @Test
  void decimalCommasSeparatedByCommasGetAHint() {
    assertThatThrownBy(() -> AnswerReader.row("1,8, 2,5", 2))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContainingAll("got 4", "separate the numbers with ';'");
  }

  @Test
  void aCellThatIsNotANumberIsNamed() {
    assertThatThrownBy(() -> AnswerReader.row("3: 1.8, abc", 2))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContainingAll("number 2", "'abc' is not a number");
  }

  @Test
  void anUnclosedBracketIsRefused() {
    assertThatThrownBy(() -> AnswerReader.row("1.8, (2", 2))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContaining("never closed");
  }
}
