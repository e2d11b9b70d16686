package dev.descent.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VectorAnswerTest {

  static Stream<Arguments> acceptedForms() {
    double[] v = {1.2, -0.4};
    return Stream.of(
        Arguments.of("(1.2, -0.4)", v),
        Arguments.of("[1.2, -0.4]", v),
        Arguments.of("1.2, -0.4", v),
        Arguments.of("1.2 -0.4", v),
        Arguments.of("1.2\t-0.4", v),
        Arguments.of("( 1.2 ,-0.4 )", v),
        Arguments.of("[[1.2, -0.4]]", v),
        Arguments.of("(\u22121.2, \u22120.4)", new double[] {-1.2, -0.4}),
        // decimal commas: separated by ';', or by spaces when every comma sits between digits
        Arguments.of("(1,2; -0,4)", v),
        Arguments.of("1,2 -0,4", v),
        // without spaces or ';' a comma separates: (1, 2)
        Arguments.of("(1,2)", new double[] {1, 2}),
        Arguments.of("1; 2; 3", new double[] {1, 2, 3}),
        Arguments.of("(1.2)", new double[] {1.2}),
        // arithmetic in components: 1/3 and √2; 2(1+1) = 4
        Arguments.of("(1/3, sqrt(2))", new double[] {1.0 / 3, Math.sqrt(2)}),
        Arguments.of("(2(1+1), 3)", new double[] {4, 3}));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("acceptedForms")
  void readsEveryAcceptedForm(String typed, double[] expected) {
    assertThat(AnswerReader.vector(typed)).containsExactly(expected, within(1e-15));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(null, new String[] {"type the numbers of the vector"}),
        Arguments.of(" ", new String[] {"type the numbers of the vector"}),
        Arguments.of("(1.2, -0.4", new String[] {"'(' at column 1 is never closed", "add ')'"}),
        Arguments.of("1.2, -0.4)", new String[] {"')' at column 10 has no matching '('"}),
        Arguments.of("[1.2, -0.4)", new String[] {"'[' at column 1 is closed by ')'", "']'"}),
        Arguments.of("()", new String[] {"brackets are empty"}),
        Arguments.of("(1, , 2)", new String[] {"number 2 is missing"}),
        Arguments.of("(1, 2, )", new String[] {"number 3 is missing"}),
        Arguments.of("(1, x)", new String[] {"number 2", "'x' is not a number"}),
        Arguments.of("(1, 2 3)", new String[] {"number 2", "space inside a number"}),
        Arguments.of("(1, 2%)", new String[] {"number 2", "percentages"}),
        Arguments.of("(1 | 2)", new String[] {"unexpected '|'"}));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("refusals")
  void refusesWithAMessageThatSaysWhy(String typed, String[] keyWords) {
    assertThatThrownBy(() -> AnswerReader.vector(typed))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContainingAll(keyWords);
  }

  @Test
  void aComponentsColumnIsCountedInTheWholeAnswer() {
    // x is the 5th character of "(1, x)"
    assertThatThrownBy(() -> AnswerReader.vector("(1, x)"))
        .isInstanceOfSatisfying(AnswerFormatException.class, e -> assertThat(e.column()).isEqualTo(5));
  }

  @Test
  void aWrongCountSaysHowManyWereExpected() {
    assertThatThrownBy(() -> AnswerReader.vector("(1.2, -0.4, 3)", 2))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContaining("expected 2 numbers, got 3");
  }

  @Test
  void aWrongCountNamesTheCoordinates() {
    assertThatThrownBy(() -> AnswerReader.vector("1 2 3", List.of("w", "b")))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContaining("expected 2 numbers (w, b), got 3");
  }

  @Test
  void decimalCommasSeparatedByCommasGetAHint() {
    // "1,2, -0,4" has commas followed by spaces, so every comma separates: 1, 2, -0, 4
    assertThatThrownBy(() -> AnswerReader.vector("1,2, -0,4", 2))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContainingAll("got 4", "separate the numbers with ';'");
  }

  @Test
  void theRightCountIsReturned() {
    assertThat(AnswerReader.vector("(3, 4)", List.of("x", "y"))).containsExactly(3, 4);
  }

  @Test
  void aLengthBelowOneIsTheCallersMistake() {
    assertThatThrownBy(() -> AnswerReader.vector("1", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
