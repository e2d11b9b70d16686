package dev.descent.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

  private static double eval(String text, Map<String, Double> at) {
    Expression e = Expression.parse(text);
    List<String> order = List.copyOf(at.keySet());
    double[] x = order.stream().mapToDouble(at::get).toArray();
    return e.bind(order).value(x);
  }

  // Each row: an expression as people write it, the point, and its value worked out by hand.
  @ParameterizedTest(name = "{0} at w={1} is {2}")
  @CsvSource(delimiter = ';', value = {
      "w^2 - 4w + 5; 0; 5",
      "w^2 - 4w + 5; 2; 1",
      "(w-3)^2; 0; 9",
      "2(w-3); 0; -6",
      "-w^2; 3; -9",
      "- w ^ 2 + 1; 3; -8",
      "2^w^2; 3; 512",
      "w^-1; 4; 0.25",
      "4w; 2.5; 10",
      "w/2/2; 8; 2",
      "w - 1 - 1; 5; 3",
      "2 (w) (w); 3; 18",
      "3w²; 2; 12",
      "w−1; 3; 2",
      "2·w; 3; 6",
      "w**2; 3; 9",
      "1e-3 w; 1000; 1",
      "2.5E2 + w; 0; 250",
      ".5w; 4; 2",
      "abs(w - 5); 2; 3",
      "sqrt(w); 16; 4",
      "sigmoid(w); 0; 0.5",
      "ln(e^w); 2; 2",
      "2e; 0; 5.43656365691809",
  })
  void evaluatesHandWrittenForms(String text, double w, double expected) {
    assertThat(eval(text, Map.of("w", w))).isCloseTo(expected, within(1e-12));
  }

  @Test
  void twoVariableFunctionsOfTheNotes() {
    assertThat(eval("5x^2 + 13y^2", Map.of("x", 1.0, "y", 2.0))).isCloseTo(57, within(1e-12));
    assertThat(eval("x y", Map.of("x", 3.0, "y", 4.0))).isCloseTo(12, within(1e-12));
    double x = 0.3;
    double y = -1.2;
    assertThat(eval("1 + sin(x) + cos(y) + (y + y^2 + x^2)/10", Map.of("x", x, "y", y)))
        .isCloseTo(1 + Math.sin(x) + Math.cos(y) + (y + y * y + x * x) / 10, within(1e-12));
  }

  @Test
  void logisticLossOfTheNotes() {
    double v = eval("log(1 + exp(-y*w*x))", Map.of("w", 0.5, "x", 2.0, "y", 1.0));
    assertThat(v).isCloseTo(Math.log(1 + Math.exp(-1)), within(1e-12));
    assertThat(eval("sigmoid(w*x)", Map.of("w", 0.0, "x", 1.0))).isEqualTo(0.5);
  }

  @Test
  void variablesAreListedInOrderOfAppearance() {
    assertThat(Expression.parse("y + x*y + theta_1 + pi").variables()).containsExactly("y", "x", "theta_1");
  }

  @Test
  void multiLetterNamesAreOneVariable() {
    assertThat(Expression.parse("xy").variables()).containsExactly("xy");
  }

  @Test
  void constantArithmetic() {
    assertThat(Expression.parse("2/(1+5)").constantValue()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(Expression.parse("0.5*0.4").constantValue()).isCloseTo(0.2, within(1e-15));
  }

  // Each row: broken text, and the column the message must name.
  @ParameterizedTest(name = "''{0}'' fails at column {1}")
  @CsvSource(delimiter = ';', value = {
      "w^2 - 4*w +; 11; expected a term after '+' at column 11",
      "(w-3; 1; missing ')'",
      "w-3); 4; unexpected ')' at column 4",
      "2 * * 3; 5; expected a term after '*'",
      "foo(w); 1; unknown function 'foo'",
      "sin w; 1; expected '(' after the function sin",
      "w $ 2; 3; unexpected '$' at column 3",
      "2 3; 3; two numbers in a row",
      "1e999; 1; too large",
      "(); 1; empty parentheses",
      "sqrt(); 5; needs an argument",
      "w^; 2; expected a term after '^'",
      // Found by ExpressionFuzzTest: a point with no digits before an exponent.
      ".e0; 1; a lone '.' at column 1",
      "2 + .E-3; 5; a lone '.' at column 5",
  })
  void parseErrorsNameTheColumn(String text, int column, String message) {
    assertThatThrownBy(() -> Expression.parse(text))
        .isInstanceOfSatisfying(ExpressionException.class, e -> {
          assertThat(e.getMessage()).contains(message);
          assertThat(e.column()).isEqualTo(column);
        });
  }

  @Test
  void emptyTextIsRefused() {
    assertThatThrownBy(() -> Expression.parse("   ")).hasMessageContaining("empty");
  }

  @Test
  void tooLongIsRefusedWithAMessage() {
    String text = "w+".repeat(3000) + "w";
    assertThatThrownBy(() -> Expression.parse(text))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("limit is " + Expression.MAX_LENGTH);
  }

  @Test
  void deepNestingIsRefusedNotAStackOverflow() {
    String text = "(".repeat(2000) + "w" + ")".repeat(2000);
    assertThatThrownBy(() -> Expression.parse(text))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("nests deeper than");
  }

  @Test
  void deepSignsAndPowersAreRefusedToo() {
    assertThatThrownBy(() -> Expression.parse("-".repeat(4000) + "w")).hasMessageContaining("nests deeper");
    assertThatThrownBy(() -> Expression.parse("w" + "^w".repeat(2000))).hasMessageContaining("nests deeper");
  }

  @Test
  void tooManyVariablesAreRefusedNotAnOutOfMemoryInTheHessian() {
    // 400 variables made the Hessian's derivative numbers need more than 2 GB.
    StringBuilder text = new StringBuilder("a1");
    for (int i = 2; i <= 33; i++) {
      text.append(" + a").append(i);
    }
    assertThatThrownBy(() -> Expression.parse(text.toString()))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("'a33' at column 184 is variable number 33; an expression may use at most 32");
  }

  @Test
  void thirtyTwoVariablesHaveAHessian() {
    StringBuilder text = new StringBuilder("a1^2");
    for (int i = 2; i <= 32; i++) {
      text.append(" + a").append(i).append("^2");
    }
    double[][] h = Expression.parse(text.toString()).bind().hessian(new double[32]);
    assertThat(h[31][31]).isEqualTo(2);
    assertThat(h[0][31]).isEqualTo(0);
  }

  @Test
  void longFlatSumsWithinTheLimitEvaluate() {
    String text = "w+".repeat(2400) + "w";
    assertThat(eval(text, Map.of("w", 1.0))).isEqualTo(2401);
  }

  @Test
  void unboundVariableIsNamed() {
    Expression e = Expression.parse("x^2 + y");
    assertThatThrownBy(() -> e.bind(List.of("x"))).hasMessageContaining("uses y");
  }
}
