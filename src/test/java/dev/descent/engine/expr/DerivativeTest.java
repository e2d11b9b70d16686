package dev.descent.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Derivatives written as a learner writes them, each worked by hand from the power, product and chain rules. */
class DerivativeTest {

  @ParameterizedTest(name = "d/d{1} of {0} = {2}")
  @CsvSource(delimiter = '|', value = {
      "(w-3)^2 | w | 2(w − 3)",          // 2(w − 3)·1
      "w^2 - 4w + 5 | w | 2w − 4",      // lesson 2's loss
      "5x^2 + 13y^2 | x | 10x",         // 5·2x
      "5x^2 + 13y^2 | y | 26y",
      "0.5*(w+1)^2 | w | w + 1",        // 0.5·2(w + 1)
      "(2w - 3)^2 | w | 4(2w − 3)",     // 2(2w − 3)·2
      "x*y + y^3 | y | x + 3y²",
      "exp(2w) | w | 2·exp(2w)",
      "3 - w | w | −1",
      "1/w | w | −1/w²"})
  void theDerivativeIsSimplifiedAsALearnerWritesIt(String f, String variable, String expected) {
    Expr d = Derivative.of(Expression.parse(f).tree(), variable).orElseThrow();
    assertThat(Notation.of(d)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"tanh(w)", "w^w"})
  void aFunctionWhoseRuleIsNotShownHasNoWrittenDerivative(String f) {
    assertThat(Derivative.of(Expression.parse(f).tree(), "w")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"(w-3)^2 | (w − 3)²", "2*(w-3)^2 + 0 | 2(w − 3)²", "x - (y - 1) | x − (y − 1)"})
  void aFunctionIsWrittenInTheCoursesNotation(String f, String expected) {
    assertThat(Notation.of(Simplify.of(Expression.parse(f).tree()))).isEqualTo(expected);
  }
}
