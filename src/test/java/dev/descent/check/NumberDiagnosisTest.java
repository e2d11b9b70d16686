package dev.descent.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberDiagnosisTest {

  @ParameterizedTest(name = "typed {0} for {1}")
  @CsvSource({
      "-0.4, 0.4",
      "0.4002, -0.4",
      "3.75, -3.75",
  })
  void rightButForTheSign(double typed, double expected) {
    assertThat(NumberDiagnosis.explain(typed, expected, Tolerance.DEFAULT))
        .hasValueSatisfying(m -> assertThat(m).startsWith("Right size, wrong sign"));
  }

  @ParameterizedTest(name = "typed {0} for {1}")
  @CsvSource({
      // 0.347 = 10 × 0.0347
      "0.347, 0.0347, 'factor of 10 ', too large",
      // 0.00347 = 0.0347 / 10
      "0.00347, 0.0347, 'factor of 10 ', too small",
      // 34.7 = 1000 × 0.0347
      "34.7, 0.0347, 'factor of 1000 ', too large",
      // 34700 = 10^6 × 0.0347
      "34700, 0.0347, 'factor of 1000000 ', too large",
      // 0.0000026 = 2.6 / 10^6
      "0.0000026, 2.6, 'factor of 1000000 ', too small",
      // -1872 = -1000 × 1.872
      "-1872, 1.872, 'factor of 1000 ', wrong sign",
  })
  void offByAPowerOfTen(double typed, double expected, String factor, String direction) {
    assertThat(NumberDiagnosis.explain(typed, expected, Tolerance.DEFAULT)).hasValueSatisfying(m -> assertThat(m)
        .contains("off by a " + factor, direction, "check the decimal point"));
  }

  @Test
  void powerOfTenUnderSignificantDigits() {
    // 12.35 / 10 = 1.235 agrees with 1.2345 to 3 digits
    assertThat(NumberDiagnosis.explain(12.35, 1.2345, Tolerance.digits(3)))
        .hasValueSatisfying(m -> assertThat(m).contains("off by a factor of 10 "));
  }

  @Test
  void tenToTheSeventhIsNotAMisplacedDecimalPoint() {
    // 347000 = 10^7 × 0.0347, beyond the powers recognised
    assertThat(NumberDiagnosis.explain(347000, 0.0347, Tolerance.DEFAULT)).isEmpty();
  }

  @ParameterizedTest(name = "typed {0} for {1}")
  @CsvSource({
      // 1.87 is 0.107 % from 1.872
      "1.87, 1.872",
      // 1.86 is 0.64 % from 1.872
      "1.86, 1.872",
      // -0.0991 is 0.9 % from -0.1
      "-0.0991, -0.1",
  })
  void closeButNotWithinTheTolerance(double typed, double expected) {
    assertThat(NumberDiagnosis.explain(typed, expected, Tolerance.DEFAULT)).hasValueSatisfying(m -> assertThat(m)
        .contains("Close", "within 0.1 %", "keep more digits"));
  }

  @ParameterizedTest(name = "typed {0} for {1}")
  @CsvSource({
      // 1.85 is 1.2 % from 1.872
      "1.85, 1.872",
      "3, 2",
      "0, 2",
      "-2.5, 2",
      "0.5, 0",
      "-1e-3, 0",
      "20.5, 2",
  })
  void simplyWrongGetsNoDiagnosis(double typed, double expected) {
    assertThat(NumberDiagnosis.explain(typed, expected, Tolerance.DEFAULT)).isEmpty();
  }

  @Test
  void acceptedAnswersGetNoDiagnosis() {
    assertThat(NumberDiagnosis.explain(1.0005, 1, Tolerance.DEFAULT)).isEmpty();
  }

  @Test
  void aLooseAbsoluteToleranceDoesNotBlameTheDecimalPointForAnyNumber() {
    // 3 / 10 = 0.3 is within 0.5 of 0.1, but three times the answer is not the answer's digits
    assertThat(NumberDiagnosis.explain(3, 0.1, Tolerance.absolute(0.5))).isEmpty();
  }

  @Test
  void numbersThatAreNotFiniteGetNoDiagnosis() {
    assertThat(NumberDiagnosis.explain(Double.NaN, 1, Tolerance.DEFAULT)).isEmpty();
    assertThat(NumberDiagnosis.explain(Double.NEGATIVE_INFINITY, 1, Tolerance.DEFAULT)).isEmpty();
  }
}
