package dev.descent.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberAnswerTest {

  static Stream<Arguments> acceptedForms() {
    return Stream.of(
        // a quarter, every way the lesson format lists and a few more
        Arguments.of("0.25", 0.25),
        Arguments.of(" 0.25 ", 0.25),
        Arguments.of("\t0.25\n", 0.25),
        Arguments.of("\u00a00.25\u202f", 0.25), // no-break spaces from pasted text
        Arguments.of("1/4", 0.25),
        Arguments.of("2.5e-1", 0.25),
        Arguments.of("2.5E-1", 0.25),
        Arguments.of("0,25", 0.25),
        Arguments.of(".25", 0.25),
        // signs: ASCII, Unicode minus, en dash
        Arguments.of("-0.5", -0.5),
        Arguments.of("+3", 3.0),
        Arguments.of("\u22120.5", -0.5),
        Arguments.of("\u20130.5", -0.5),
        Arguments.of("-0,5", -0.5),
        Arguments.of("5.", 5.0),
        // small arithmetic: 0.5 × 0.4 = 0.2, 2/6 = 1/3, 2 × 0.5 = 1
        Arguments.of("0.5*0.4", 0.2),
        Arguments.of("0.5 \u00d7 0.4", 0.2),
        Arguments.of("2/(1+5)", 1.0 / 3),
        Arguments.of("2(0.5)", 1.0),
        Arguments.of("sqrt(2)/2", Math.sqrt(2) / 2),
        Arguments.of("pi/4", Math.PI / 4),
        Arguments.of("\u03c0/4", Math.PI / 4),
        Arguments.of("e", Math.E),
        Arguments.of("1.5e-07", 1.5e-7),
        Arguments.of("2.5e+09", 2.5e9));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("acceptedForms")
  void readsEveryAcceptedForm(String typed, double expected) {
    assertThat(AnswerReader.number(typed)).isCloseTo(expected, within(1e-15 * Math.max(1, Math.abs(expected))));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(null, new String[] {"type a number"}),
        Arguments.of("", new String[] {"type a number"}),
        Arguments.of("   ", new String[] {"type a number"}),
        Arguments.of("abc", new String[] {"'abc' is not a number"}),
        Arguments.of("2w", new String[] {"'2w' is not a number", "uses w"}),
        Arguments.of("1 000", new String[] {"space inside a number", "remove the space"}),
        Arguments.of("1e999", new String[] {"too large"}),
        Arguments.of("1e308*10", new String[] {"not give a finite number"}),
        Arguments.of("0/0", new String[] {"no value", "0/0"}),
        Arguments.of("sqrt(-1)", new String[] {"no value", "square root"}),
        Arguments.of("1/0", new String[] {"not give a finite number", "division by 0"}),
        Arguments.of("log(0)", new String[] {"not give a finite number", "log of 0"}),
        Arguments.of("5%", new String[] {"percentages", "5% is 0.05"}),
        Arguments.of("12,5 %", new String[] {"percentages", "12,5% is 0.125"}),
        Arguments.of("1,000,000", new String[] {"more than one comma", "0,25"}),
        Arguments.of("1, 2", new String[] {"a comma", "type one number"}),
        Arguments.of("w = 0.5", new String[] {"type only the value", "'w ='"}),
        Arguments.of("(0.5", new String[] {"missing ')'", "column 1"}),
        Arguments.of("0.5)", new String[] {"unexpected ')' at column 4"}),
        Arguments.of("2 *", new String[] {"expected a term after '*'"}),
        Arguments.of("\u0001", new String[] {"unexpected '\\u0001'"}),
        Arguments.of("[0.5]", new String[] {"unexpected '['"}),
        Arguments.of("0".repeat(2001), new String[] {"2001 characters", "the limit is 2000"}));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("refusals")
  void refusesWithAMessageThatSaysWhy(String typed, String[] keyWords) {
    assertThatThrownBy(() -> AnswerReader.number(typed))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContainingAll(keyWords);
  }

  @Test
  void aSpaceInsideANumberIsPlacedAtItsColumn() {
    assertThatThrownBy(() -> AnswerReader.number("1 000"))
        .isInstanceOfSatisfying(AnswerFormatException.class, e -> assertThat(e.column()).isEqualTo(2));
  }

  @Test
  void parserColumnsAreThoseOfTheTypedText() {
    // the ')' is the 6th character typed, spaces included
    assertThatThrownBy(() -> AnswerReader.number("  0.5)"))
        .isInstanceOfSatisfying(AnswerFormatException.class, e -> assertThat(e.column()).isEqualTo(6));
  }

  @Test
  void theLimitIsTwoThousandCharacters() {
    assertThat(AnswerReader.MAX_LENGTH).isEqualTo(2000);
    assertThat(AnswerReader.number(" ".repeat(1996) + "0.25")).isEqualTo(0.25);
  }
}
