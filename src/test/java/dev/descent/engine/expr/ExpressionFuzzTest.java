package dev.descent.engine.expr;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the expression parser with any text, and evaluates the value, gradient and Hessian of whatever
 * parses: the only exception allowed is descent's own {@link DescentException}. Inputs are plain UTF-8 text
 * files under {@code ExpressionFuzzTestInputs/parseAndDifferentiate/}.
 */
class ExpressionFuzzTest {

  @DictionaryEntries({"sin(", "cos(", "tan(", "exp(", "log(", "ln(", "sqrt(", "tanh(", "sigmoid(", "abs(", "pi", "e",
      "**", "^", "\u00b2", "\u00b3", "\u2212", "\u00b7", "\u00d7", "\u00f7", "\u03c0", "1e-3", ".5", "E+2"})
  @FuzzTest
  @Timeout(10)
  void parseAndDifferentiate(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Expression e;
    try {
      e = Expression.parse(text);
    } catch (DescentException refused) {
      return;
    }
    Objective f = e.bind();
    double[] x = new double[f.dimension()];
    Arrays.fill(x, 0.5);
    f.value(x);
    f.gradient(x);
    f.hessian(x);
    if (e.isConstant()) {
      e.constantValue();
    }
  }
}
