package dev.descent.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ToleranceTest {

  @ParameterizedTest(name = "{0} against {1}: {2}")
  @CsvSource({
      // 0.1 % of 1 is 0.001
      "1.001, 1, true",
      "0.999, 1, true",
      "1.0011, 1, false",
      "0.9989, 1, false",
      // 0.1 % of 0.3 is 0.0003; 0.3003 sits on the boundary once both are rounded to binary
      "0.3003, 0.3, true",
      "0.2997, 0.3, true",
      "0.30031, 0.3, false",
      // 0.1 % of 250 is 0.25
      "250.25, 250, true",
      "250.26, 250, false",
      // 0.1 % of 2, negative answers
      "-2.002, -2, true",
      "-2.0021, -2, false",
      "2, -2, false",
      // near zero the floor is 1e-8
      "1e-8, 0, true",
      "-5e-9, 0, true",
      "1.1e-8, 0, false",
      "0, 1e-9, true",
  })
  void defaultIsAThousandthRelativeWithAFloorOfOneHundredMillionth(double typed, double expected, boolean ok) {
    assertThat(Tolerance.DEFAULT.accepts(typed, expected)).isEqualTo(ok);
  }

  @ParameterizedTest(name = "{0} against {1}: {2}")
  @CsvSource({
      // 1 % of 1 is 0.01
      "1.01, 1, true",
      "1.0101, 1, false",
      // 1 % of -40 is 0.4
      "-40.4, -40, true",
      "-40.5, -40, false",
  })
  void relativeOfOnePercent(double typed, double expected, boolean ok) {
    assertThat(Tolerance.relative(0.01).accepts(typed, expected)).isEqualTo(ok);
  }

  @ParameterizedTest(name = "{0} against {1}: {2}")
  @CsvSource({
      "0.255, 0.25, true",
      "0.2551, 0.25, false",
      "1000.005, 1000, true",
      "1000.006, 1000, false",
      "-0.004, 0, true",
  })
  void absoluteOfFiveThousandths(double typed, double expected, boolean ok) {
    assertThat(Tolerance.absolute(0.005).accepts(typed, expected)).isEqualTo(ok);
  }

  @ParameterizedTest(name = "{1} to {2} digits, typed {0}: {3}")
  @CsvSource({
      // 1.2345 to 3 digits: the third digit is the hundredths, half a unit is 0.005
      "1.23, 1.2345, 3, true",
      "1.24, 1.2345, 3, false",
      "1.2395, 1.2345, 3, true",
      "1.2396, 1.2345, 3, false",
      "1.2294, 1.2345, 3, false",
      // 0.001234 to 2 digits: half a unit is 0.00005
      "0.0012, 0.001234, 2, true",
      "0.00118, 0.001234, 2, false",
      // 98765 to 2 digits: half a unit is 500
      "99000, 98765, 2, true",
      "98300, 98765, 2, true",
      "99300, 98765, 2, false",
      // rounding apart does not matter: they differ by 2e-7, half a unit is 5e-5
      "1.2350001, 1.2349999, 4, true",
      // 9.996 to 3 digits is 10.0, 0.004 away
      "10.0, 9.996, 3, true",
      "9.99, 9.996, 3, false",
      // zero: within the 1e-8 floor only
      "0, 0, 1, true",
      "1e-9, 0, 1, true",
      "1e-3, 0, 1, false",
  })
  void significantDigitsAllowHalfAUnitInTheLastDigit(double typed, double expected, int digits, boolean ok) {
    assertThat(Tolerance.digits(digits).accepts(typed, expected)).isEqualTo(ok);
  }

  @Test
  void notANumberIsNeverAccepted() {
    assertThat(Tolerance.DEFAULT.accepts(Double.NaN, Double.NaN)).isFalse();
    assertThat(Tolerance.absolute(1e9).accepts(Double.NaN, 1)).isFalse();
    assertThat(Tolerance.digits(1).accepts(1, Double.NaN)).isFalse();
  }

  @Test
  void infinityOnlyMatchesItself() {
    assertThat(Tolerance.DEFAULT.accepts(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isTrue();
    assertThat(Tolerance.absolute(1e300).accepts(Double.POSITIVE_INFINITY, 1)).isFalse();
  }

  @Test
  void describesItselfForALearner() {
    assertThat(Tolerance.DEFAULT.describe()).isEqualTo("within 0.1 %");
    assertThat(Tolerance.relative(0.02).describe()).isEqualTo("within 2 %");
    assertThat(Tolerance.absolute(0.005).describe()).isEqualTo("within 0.005");
    assertThat(Tolerance.digits(3).describe()).isEqualTo("to 3 significant digits");
    assertThat(Tolerance.digits(1).describe()).isEqualTo("to 1 significant digit");
  }

  @Test
  void statesWhatItChecksForTheQuestionAndTheNearMiss() {
    assertThat(Tolerance.digits(5).request()).isEqualTo("Give at least 5 significant digits.");
    assertThat(Tolerance.digits(5).shortfall()).isEqualTo("the question asks for 5 significant digits");
    assertThat(Tolerance.absolute(0.01).request()).isEqualTo("An answer within 0.01 of the right one counts as right.");
    assertThat(Tolerance.relative(0.02).shortfall()).isEqualTo("not within 2 %");
  }

  @Test
  void fiveSignificantDigitsRefuseWhatTheUsualToleranceLetsThrough() {
    // Lesson 2's table: w4 = 1.9488 and w8 = 1.99868928 (notes 004); 1.95 and 2 are within 0.1 % of them.
    assertThat(Tolerance.DEFAULT.accepts(1.95, 1.9488)).isTrue();
    assertThat(Tolerance.DEFAULT.accepts(2, 1.99868928)).isTrue();
    assertThat(Tolerance.digits(5).accepts(1.95, 1.9488)).isFalse();
    assertThat(Tolerance.digits(5).accepts(2, 1.99868928)).isFalse();
    assertThat(Tolerance.digits(5).accepts(1.9987, 1.99868928)).isTrue();
  }

  @Test
  void defaultIsRelativeOneThousandthWithFloorOneHundredMillionth() {
    assertThat(Tolerance.DEFAULT).isEqualTo(new Tolerance.Relative(1e-3, 1e-8));
  }

  static Stream<Arguments> badTolerances() {
    return Stream.of(
        Arguments.of((Runnable) () -> Tolerance.relative(-1e-3), "rtol"),
        Arguments.of((Runnable) () -> Tolerance.relative(Double.NaN), "rtol"),
        Arguments.of((Runnable) () -> new Tolerance.Relative(1e-3, Double.POSITIVE_INFINITY), "atol"),
        Arguments.of((Runnable) () -> Tolerance.absolute(-0.5), "atol"),
        Arguments.of((Runnable) () -> Tolerance.digits(0), "digits"),
        Arguments.of((Runnable) () -> Tolerance.digits(16), "digits"));
  }

  @ParameterizedTest
  @MethodSource("badTolerances")
  void invalidBoundsAreRefusedWhereTheToleranceIsMade(Runnable make, String named) {
    assertThatThrownBy(make::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(named);
  }

  /**
   * Answers from 1e-4 to 1e11 (where 0.1 % is above the 1e-8 floor), each with a relative error just
   * inside and one just outside 0.1 %.
   */
  static Stream<Arguments> perturbedAnswers() {
    Random rnd = new Random(8_472_113L);
    return IntStream.range(0, 200).mapToObj(i -> {
      double sizeOne = (rnd.nextBoolean() ? 1 : -1) * (1 + 9 * rnd.nextDouble());
      double expected = sizeOne * Math.pow(10, rnd.nextInt(15) - 4);
      double inside = 0.999e-3 * rnd.nextDouble();
      double outside = 1.001e-3 + 0.01 * rnd.nextDouble();
      double sign = rnd.nextBoolean() ? 1 : -1;
      return Arguments.of(expected, expected * (1 + sign * inside), expected * (1 + sign * outside));
    });
  }

  @ParameterizedTest
  @MethodSource("perturbedAnswers")
  void defaultSplitsAtOneThousandthAtEveryMagnitude(double expected, double inside, double outside) {
    assertThat(Tolerance.DEFAULT.accepts(inside, expected)).isTrue();
    assertThat(Tolerance.DEFAULT.accepts(outside, expected)).isFalse();
  }
}
