package dev.descent.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers as descent writes them for a person: shortest form in messages, four significant digits in the
 * engine's sentences, both in one style (plain in [1e-5, 1e7), else C's %g exponent with a sign and two
 * digits), never Java's 1.0E300, NaN or Infinity. Expected strings are written by hand.
 */
class DecimalTest {

  @ParameterizedTest
  @CsvSource({"0, 0", "-0.0, 0", "1, 1", "0.25, 0.25", "-510, -510", "1e300, 1e+300", "1.5e-7, 1.5e-07",
      "0.00001, 0.00001", "12345678, 1.2345678e+07"})
  void messagesGetTheShortestFormThatReadsBack(double v, String written) {
    assertThat(Decimal.of(v)).isEqualTo(written);
  }

  @ParameterizedTest
  @CsvSource({"4.242640687, 4.243", "0.32214, 0.3221", "3, 3", "1.5e-9, 1.5e-09", "2e13, 2e+13",
      "0.00012344, 0.0001234", "-1234567, -1235000", "99999.5, 100000"})
  void sentencesGetFourSignificantDigitsInTheSameStyle(double v, String written) {
    assertThat(Decimal.brief(v)).isEqualTo(written);
  }

  @ParameterizedTest
  @CsvSource({"NaN, undefined", "Infinity, inf", "-Infinity, -inf"})
  void valuesThatAreNotNumbersAreSaidInWords(double v, String written) {
    assertThat(Decimal.of(v)).isEqualTo(written);
    assertThat(Decimal.brief(v)).isEqualTo(written);
  }
}
