package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The step label of a table row in an answer file: what counts as one, and what is a row without one. */
class TableRowLabelTest {
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "'1: 2.4, 8.12'|1",
      "'  3: 3, 1'|3",
      "'step 4: 1, 2'|4",
      "'Step 4 : 1, 2'|4",
      "'STEP12:1,2'|12",
      "'\t2\t:\t1, 2'|2",
      "'123456789: 1'|123456789",
      "'7:'|7",
      "'1234567890: 1'|-1",
      "'2.4, 8.12'|-1",
      "'-1: 2'|-1",
      "'step: 2'|-1",
      "'steps 2: 1'|-1",
      "': 1, 2'|-1",
      "'1 2: 3'|-1",
      "'٣: 1'|-1",
      "''|-1",
      "'  '|-1"})
  void aLabelIsDigitsAndAColonWithAnOptionalStep(String text, int step) {
    assertThat(TableAnswer.label(text)).isEqualTo(step);
  }
}
