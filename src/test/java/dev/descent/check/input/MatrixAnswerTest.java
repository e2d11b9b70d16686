package dev.descent.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatrixAnswerTest {

  static Stream<Arguments> acceptedForms() {
    // the Hessian of 5x^2 + 13y^2, [[10, 0], [0, 26]], every way a learner may write it
    double[][] h = {{10, 0}, {0, 26}};
    return Stream.of(
        Arguments.of("[[10, 0], [0, 26]]", h),
        Arguments.of("[[10,0],[0,26]]", h),
        Arguments.of("[[10 0] [0 26]]", h),
        Arguments.of("((10, 0), (0, 26))", h),
        Arguments.of("10 0; 0 26", h),
        Arguments.of("[10 0; 0 26]", h),
        Arguments.of("10, 0; 0, 26", h),
        Arguments.of("10 0\n0 26", h),
        Arguments.of("10 0;\n0 26;\n", h),
        // arithmetic: sqrt(4) = 2, (1+2) = 3
        Arguments.of("[[sqrt(4), 1/2], [-1, 0]]", new double[][] {{2, 0.5}, {-1, 0}}),
        Arguments.of("[(1+2) 3; 4 5]", new double[][] {{3, 3}, {4, 5}}),
        // decimal commas
        Arguments.of("[[1,5; 0], [0; 2,5]]", new double[][] {{1.5, 0}, {0, 2.5}}),
        Arguments.of("1,5 0; 0 2,5", new double[][] {{1.5, 0}, {0, 2.5}}),
        // one row, one column
        Arguments.of("[[1, 2, 3]]", new double[][] {{1, 2, 3}}),
        Arguments.of("[[1], [2]]", new double[][] {{1}, {2}}));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("acceptedForms")
  void readsEveryAcceptedForm(String typed, double[][] expected) {
    assertThat(AnswerReader.matrix(typed)).isDeepEqualTo(expected);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("", new String[] {"type the matrix"}),
        Arguments.of("[]", new String[] {"the matrix is empty"}),
        Arguments.of("[[1, 2], [3]]", new String[] {"row 2 has 1 number but row 1 has 2"}),
        Arguments.of("1 2; 3 4 5", new String[] {"row 2 has 3 numbers but row 1 has 2"}),
        Arguments.of("[[1, 2], [3, 4]", new String[] {"never closed"}),
        Arguments.of("[[1, x], [3, 4]]", new String[] {"row 1, number 2", "'x' is not a number"}),
        Arguments.of("1 2; 3 ,", new String[] {"row 2, number 2 is missing"}));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("refusals")
  void refusesWithAMessageThatSaysWhy(String typed, String[] keyWords) {
    assertThatThrownBy(() -> AnswerReader.matrix(typed))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContainingAll(keyWords);
  }

  @Test
  void aShortRowIsPlacedWhereItStarts() {
    // row 2 of "[[1, 2], [3]]" starts at the 3, the 11th character
    assertThatThrownBy(() -> AnswerReader.matrix("[[1, 2], [3]]"))
        .isInstanceOfSatisfying(AnswerFormatException.class, e -> assertThat(e.column()).isEqualTo(11));
  }

  @Test
  void oneRowWhereTwoWereExpectedSuggestsTheSemicolon() {
    assertThatThrownBy(() -> AnswerReader.matrix("10 0 0 26", 2, 2))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContainingAll("expected a 2×2 matrix", "got 1 row of 4 numbers", "separate the rows with ';'");
  }

  @Test
  void aWrongSizeSaysBothSizes() {
    assertThatThrownBy(() -> AnswerReader.matrix("1 2 3; 4 5 6", 2, 2))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContainingAll("expected a 2×2 matrix (2 rows of 2 numbers)", "got 2 rows of 3 numbers");
  }

  @Test
  void theRightSizeIsReturned() {
    assertThat(AnswerReader.matrix("[[10, 0], [0, 26]]", 2, 2)).isDeepEqualTo(new double[][] {{10, 0}, {0, 26}});
  }
}
