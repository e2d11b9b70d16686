package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Points in reports and gradebooks: two decimals at most, no trailing zeros. */
class PointsTest {

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "13, 13", "2.5, 2.5", "0.05, 0.05", "3.0000000000000004, 3", "3.3333333333, 3.33",
      "1.6666666667, 1.67", "0.999, 1", "4.1, 4.1", "120.25, 120.25"})
  void roundedToTwoDecimals(double points, String written) {
    assertThat(Points.format(points)).isEqualTo(written);
  }
}
