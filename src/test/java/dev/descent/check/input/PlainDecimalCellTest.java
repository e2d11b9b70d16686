package dev.descent.check.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.engine.expr.Expression;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number cell read on the quick path for plain decimals gives, bit for bit, the value the expression parser
 * gives the same text (seeded random decimals: signs, leading zeros, long fractions, spaces around), and what is
 * not a plain decimal still goes to the parser.
 */
class PlainDecimalCellTest {

  static IntStream seeds() {
    return IntStream.range(0, 40);
  }

  private static String decimal(Random r) {
    StringBuilder sb = new StringBuilder(" ".repeat(r.nextInt(3)));
    sb.append(switch (r.nextInt(3)) { case 0 -> "-"; case 1 -> "+"; default -> ""; });
    int whole = 1 + r.nextInt(r.nextBoolean() ? 3 : 16);
    for (int i = 0; i < whole; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    if (r.nextBoolean()) {
      sb.append('.');
      int fraction = r.nextInt(r.nextBoolean() ? 4 : 18);
      for (int i = 0; i < fraction; i++) {
        sb.append((char) ('0' + r.nextInt(10)));
      }
    }
    return sb.append(" ".repeat(r.nextInt(3))).toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aPlainDecimalHasTheParsersValue(int seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 200; i++) {
      String text = decimal(r);
      double read = NumberCell.read(text, new Span(0, text.length()).trim(text), false, "");
      double parsed = Expression.parse(text).constantValue();
      assertThat(Double.doubleToRawLongBits(read)).as("'%s': %s against %s", text, read, parsed)
          .isEqualTo(Double.doubleToRawLongBits(parsed));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1/4", "2^3", "1e3", "-(0.5)", "1.", "0.6 ", "-0", "007.50"})
  void otherFormsAndEdgesHaveTheParsersValueToo(String text) {
    double read = NumberCell.read(text, new Span(0, text.length()).trim(text), false, "");
    assertThat(Double.doubleToRawLongBits(read))
        .isEqualTo(Double.doubleToRawLongBits(Expression.parse(text).constantValue()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0,25", "-1,5", "12,125"})
  void aDecimalCommaIsReadAsAPoint(String text) {
    double read = NumberCell.read(text, new Span(0, text.length()).trim(text), true, "");
    assertThat(read).isEqualTo(Double.parseDouble(text.replace(',', '.')));
  }
}
