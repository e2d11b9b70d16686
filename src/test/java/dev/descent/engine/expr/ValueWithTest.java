package dev.descent.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.descent.engine.DescentException;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expression.valueWith, which draws use instead of substituting numbers into the text: the same bits as
 * substitute(...).constantValue() for every expression and numbers, and the same refusal when a
 * variable has no number.
 */
class ValueWithTest {
  @ParameterizedTest
  @ValueSource(strings = {"r/(2*a)", "2*a*eta", "abs(a - 1) + abs(c - 2)", "q^k", "(1 - 2*a*eta)^k", "a^-2",
      "sqrt(a) * exp(-c) + log(1 + a^2)", "1/(a - c)", "7", "c - c"})
  void givesTheBitsSubstitutingGives(String text) {
    Expression e = Expression.parse(text);
    SplittableRandom random = new SplittableRandom(text.hashCode());
    for (int i = 0; i < 200; i++) {
      // Whole numbers, halves and awkward decimals, negative ones too: the integer-power path must agree.
      Map<String, Double> values = Map.of("r", draw(random), "a", draw(random), "eta", draw(random),
          "c", draw(random), "q", draw(random), "k", (double) random.nextInt(-3, 9));
      double expected = e.substitute(values).constantValue();
      assertThat(Double.doubleToRawLongBits(e.valueWith(values))).as("%s at %s", text, values)
          .isEqualTo(Double.doubleToRawLongBits(expected));
    }
  }

  private static double draw(SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> random.nextInt(-4, 5);
      case 1 -> random.nextInt(-8, 9) / 2.0;
      default -> random.nextDouble(-3, 3);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"r/(2*a)", "q^k"})
  void aVariableWithoutANumberIsRefusedAsBefore(String text) {
    Expression e = Expression.parse(text);
    Map<String, Double> some = Map.of("r", 1.0, "q", 2.0);

    assertThatThrownBy(() -> e.valueWith(some)).isInstanceOf(DescentException.class)
        .hasMessage(catchMessage(() -> e.substitute(some).constantValue()));
  }

  private static String catchMessage(Runnable r) {
    try {
      r.run();
    } catch (DescentException ex) {
      return ex.getMessage();
    }
    throw new AssertionError("no refusal");
  }
}
