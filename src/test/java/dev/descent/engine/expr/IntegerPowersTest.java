package dev.descent.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An exponent whose value is a whole number, however it is spelt, is an integer power: defined at
 * negative bases, with the derivative n·x^(n−1) and n(n−1)·x^(n−2) taken as integer powers too.
 * Each expected value is the closed form x^n, n·x^(n−1), n(n−1)·x^(n−2) at the point.
 */
class IntegerPowersTest {

  @ParameterizedTest(name = "{0} at x = {2}")
  @CsvSource({
      // spelling,  n,  x
      "x^-2,       -2, -3",
      "x^-2,       -2,  0.5",
      "x^(-1),     -1, -2",
      "x^(-1),     -1,  4",
      "x^(1+1),     2, -1.5",
      "x^(6/2),     3, -2",
      "x^(2*2),     4, -0.5",
      "x^(3-4),    -1, -0.25",
      "x^(2^2),     4, -3",
      "x^(-(3)),   -3, -2",
      "x^(sqrt(9)), 3, -2",
      "x^3,         3, -2",
      "x²,          2, -7",
  })
  void wholeNumberExponentIsAnIntegerPowerAtAnyBase(String text, int n, double x) {
    Objective f = Expression.parse(text).bind();
    double[] at = {x};
    double value = Math.pow(x, n);
    double slope = n * Math.pow(x, n - 1);
    double curvature = n * (n - 1) * Math.pow(x, n - 2);
    assertThat(f.value(at)).isCloseTo(value, within(1e-15 * Math.abs(value)));
    assertThat(f.gradient(at)[0]).isCloseTo(slope, within(1e-15 * Math.abs(slope)));
    assertThat(f.hessian(at)[0][0]).isCloseTo(curvature, within(1e-14 * Math.abs(curvature) + 1e-300));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // 2^3^2 = 2^(3^2) = 2^9 = 512, exactly; 3^-2 = 1/9; (-2)^(1+2) = -8; 10^(6/3) = 100
      "2^3^2*x,     512",
      "(-2)^(1+2)*x, -8",
      "10^(6/3)*x,  100",
      "4^(1/2)*x,     2",
  })
  void constantPowersAreExactWholeNumbers(String text, double slope) {
    Objective f = Expression.parse(text).bind();
    assertThat(f.gradient(new double[] {1.25})[0]).isEqualTo(slope);
    assertThat(f.value(new double[] {2})).isEqualTo(2 * slope);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"x^0.5", "x^(1/3)", "x^(1/2+1)"})
  void aFractionalPowerOfANegativeBaseStaysUndefined(String text) {
    Objective f = Expression.parse(text).bind();
    assertThat(f.value(new double[] {-2})).isNaN();
  }

  @ParameterizedTest(name = "{0} with n = {1}")
  @CsvSource({"-2, -3", "3, -2"})
  void anExponentGivenByAVariableBecomesAnIntegerPowerOnceSubstituted(double n, double x) {
    Expression e = Expression.parse("w^n").substitute(java.util.Map.of("n", n));
    Objective f = e.bind();
    assertThat(f.gradient(new double[] {x})[0]).isCloseTo(n * Math.pow(x, n - 1), within(1e-14));
  }
}
