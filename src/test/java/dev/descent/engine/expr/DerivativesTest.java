package dev.descent.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DerivativesTest {

  @Test
  void derivativeOfTheCourseQuadratic() {
    // dL/dw = 2w - 4 and d2L/dw2 = 2, by hand.
    Objective f = Expression.parse("w^2 - 4w + 5").bind();
    assertThat(f.gradient(new double[] {0})[0]).isEqualTo(-4);
    assertThat(f.gradient(new double[] {3})[0]).isEqualTo(2);
    assertThat(f.hessian(new double[] {7})[0][0]).isEqualTo(2);
  }

  @Test
  void hessianOfACrossTerm() {
    // f = 3x^2 + 2xy + y^2: H = [[6, 2], [2, 2]] everywhere.
    Objective f = Expression.parse("3x^2 + 2x y + y^2").bind();
    double[][] h = f.hessian(new double[] {1.5, -2});
    assertThat(h[0]).containsExactly(6, 2);
    assertThat(h[1]).containsExactly(2, 2);
  }

  @Test
  void sigmoidDerivativeIsPTimesOneMinusP() {
    Objective f = Expression.parse("sigmoid(z)").bind();
    double p = 1 / (1 + Math.exp(-0.7));
    assertThat(f.gradient(new double[] {0.7})[0]).isCloseTo(p * (1 - p), within(1e-15));
  }

  @Test
  void powerOfNegativeBaseHasADerivative() {
    Objective f = Expression.parse("w^3").bind();
    assertThat(f.gradient(new double[] {-2})[0]).isCloseTo(12, within(1e-12));
    assertThat(f.hessian(new double[] {-2})[0][0]).isCloseTo(-12, within(1e-12));
  }

  /** Random expressions built from pieces whose domain is the whole line. */
  static Stream<Arguments> randomExpressions() {
    Random rnd = new Random(20261123L);
    String[] atoms = {"x", "y", "z", "1.5", "2", "0.3"};
    return IntStream.range(0, 60).mapToObj(i -> {
      String e = build(rnd, atoms, 4);
      double[] at = {rnd.nextDouble() * 2 - 1, rnd.nextDouble() * 2 - 1, rnd.nextDouble() * 2 - 1};
      return Arguments.of(e, at);
    });
  }

  private static String build(Random rnd, String[] atoms, int depth) {
    if (depth == 0 || rnd.nextInt(4) == 0) {
      return atoms[rnd.nextInt(atoms.length)];
    }
    String a = build(rnd, atoms, depth - 1);
    String b = build(rnd, atoms, depth - 1);
    return switch (rnd.nextInt(11)) {
      case 0 -> a + " + " + b;
      case 1 -> a + " - " + b;
      case 2 -> "(" + a + ")(" + b + ")";
      case 3 -> "(" + a + ") / (2 + sin(" + b + "))";
      case 4 -> "(" + a + ")^2";
      case 5 -> "sin(" + a + ")";
      case 6 -> "cos(" + a + ")";
      case 7 -> "exp(0.3*(" + a + "))";
      case 8 -> "log(1 + (" + a + ")^2)";
      case 9 -> "sqrt(1 + (" + a + ")^2)";
      default -> "tanh(" + a + ") + sigmoid(" + b + ")";
    };
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("randomExpressions")
  void automaticDerivativesAgreeWithCentralDifferences(String text, double[] at) {
    Objective f = Expression.parse("0*x + 0*y + 0*z + " + text).bind(List.of("x", "y", "z"));
    double[] g = f.gradient(at);
    double[][] h = f.hessian(at);
    double step = 1e-5;
    for (int i = 0; i < 3; i++) {
      double[] up = at.clone();
      double[] down = at.clone();
      up[i] += step;
      down[i] -= step;
      double fd = (f.value(up) - f.value(down)) / (2 * step);
      assertThat(g[i]).as("d/d%s", f.variables().get(i)).isCloseTo(fd, within(1e-6 * (1 + Math.abs(fd))));
      double[] gu = f.gradient(up);
      double[] gd = f.gradient(down);
      for (int j = 0; j < 3; j++) {
        double fd2 = (gu[j] - gd[j]) / (2 * step);
        assertThat(h[i][j]).isCloseTo(fd2, within(1e-5 * (1 + Math.abs(fd2))));
        assertThat(h[i][j]).isEqualTo(h[j][i]);
      }
    }
  }
}
