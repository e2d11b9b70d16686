package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NumbersTest {

  @Test
  void floatingPointNoiseIsRoundedAway() {
    // 0.6 + 0.48 is 1.0799999999999998 in binary; by hand it is 1.08
    assertThat(Numbers.format(0.6 + 0.48)).isEqualTo("1.08");
  }

  @Test
  void eighthGradientDescentIterateMatchesTheClosedForm() {
    // w_8 = 2 - 2(0.4)^8 = 2 - 0.00131072 for L(w) = w^2 - 4w + 5 at eta = 0.3 from w = 0
    assertThat(Numbers.format(2 - 2 * Math.pow(0.4, 8))).isEqualTo("1.99868928");
  }

  @Test
  void aThirdShowsTenSignificantDigits() {
    assertThat(Numbers.format(1.0 / 3)).isEqualTo("0.3333333333");
  }

  @Test
  void twoThirdsRoundsTheLastDigitUp() {
    assertThat(Numbers.format(2.0 / 3)).isEqualTo("0.6666666667");
  }

  @ParameterizedTest
  @CsvSource({
      "0.6, 0.6",
      "-510, -510",
      "6, 6",
      "0.00001, 0.00001",
      "9999999, 9999999",
      "0.0000099, 9.9e-06",
      "0.00000015, 1.5e-07",
      "2500000000, 2.5e+09",
      "10000000, 1e+07",
      "1e100, 1e+100",
      "-3.25e-12, -3.25e-12",
      "9999999.9999, 1e+07",
  })
  void plainBetweenOneHundredThousandthAndTenMillionExponentOtherwise(double v, String expected) {
    assertThat(Numbers.format(v)).isEqualTo(expected);
  }

  @Test
  void negativeZeroPrintsZero() {
    assertThat(Numbers.format(-0.0)).isEqualTo("0");
  }

  @Test
  void productThatUnderflowsToNegativeZeroPrintsZero() {
    assertThat(Numbers.format(-1e-200 * 1e-200)).isEqualTo("0");
  }

  @Test
  void notANumberPrintsUndefined() {
    assertThat(Numbers.format(Double.NaN)).isEqualTo("undefined");
  }

  @Test
  void infinitiesPrintInf() {
    assertThat(new String[] {Numbers.format(Double.POSITIVE_INFINITY), Numbers.format(Double.NEGATIVE_INFINITY)})
        .containsExactly("inf", "-inf");
  }

  @Test
  void fewerDigitsRoundHalfAwayFromZeroAsWrittenInDecimal() {
    // 2.675 is stored just below 2.675, but a learner rounding 2.675 by hand writes 2.68
    assertThat(Numbers.format(-2.675, 3)).isEqualTo("-2.68");
  }

  @Test
  void digitsOutsideOneToSeventeenAreRejected() {
    assertThatThrownBy(() -> Numbers.format(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void vectorsAreParenthesizedAndCommaSeparated() {
    assertThat(Numbers.vector(new double[] {1.2, -0.4})).isEqualTo("(1.2, -0.4)");
  }

  @Test
  void vectorCoordinatesLoseTheirNoiseToo() {
    assertThat(Numbers.vector(new double[] {0.1 + 0.2, -0.0})).isEqualTo("(0.3, 0)");
  }

  /** Values of every sign and of magnitudes from 1e-30 to 1e30, from a fixed seed. */
  static Stream<Double> randomValues() {
    Random random = new Random(20_240_611L);
    return Stream.generate(() -> (random.nextBoolean() ? -1 : 1) * random.nextDouble()
        * Math.pow(10, random.nextInt(61) - 30)).limit(300);
  }

  @ParameterizedTest
  @MethodSource("randomValues")
  void parsingTheTextBackIsWithinTheRoundingOfTenSignificantDigits(double v) {
    // rounding to 10 significant digits moves a value by at most half a unit of its 10th digit
    double parsed = Double.parseDouble(Numbers.format(v));
    assertThat(parsed).isCloseTo(v, within(Math.abs(v) * 5.000001e-10));
  }

  @ParameterizedTest
  @MethodSource("randomValues")
  void textHasNoJavaSpellingsOfSpecialValues(double v) {
    assertThat(Numbers.format(v)).doesNotContain("NaN", "Infinity", "E").isNotEqualTo("-0");
  }
}
