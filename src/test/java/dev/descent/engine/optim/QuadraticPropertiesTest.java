package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import dev.descent.engine.curvature.Curvature;
import dev.descent.engine.expr.Expression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random positive-definite quadratics f = ½xᵀQx with Q = Σ λᵢuᵢuᵢᵀ built from chosen eigenvalues λᵢ
 * and a random orthonormal basis, so the eigenvalues are known without the code under test.
 */
class QuadraticPropertiesTest {

  /** A quadratic with its eigenvalues, written as an expression in x1..xn. */
  record Quadratic(String text, List<String> vars, double[] lambdas) {
    Objective objective() {
      return Expression.parse(text).bind(vars);
    }

    double lambdaMax() {
      return Arrays.stream(lambdas).max().orElseThrow();
    }

    @Override public String toString() {
      return "n=" + vars.size() + " lambdas=" + Arrays.toString(lambdas);
    }
  }

  static Quadratic randomQuadratic(Random rnd, int n) {
    double[] lambdas = new double[n];
    for (int i = 0; i < n; i++) {
      lambdas[i] = 0.2 + rnd.nextDouble() * 20;
    }
    double[][] u = orthonormal(rnd, n);
    double[][] q = new double[n][n];
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          q[i][j] += lambdas[k] * u[k][i] * u[k][j];
        }
      }
    }
    List<String> vars = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      vars.add("x" + i);
    }
    StringBuilder sb = new StringBuilder("0.5*(0");
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        sb.append(" + (").append(q[i][j]).append(")*").append(vars.get(i)).append('*').append(vars.get(j));
      }
    }
    sb.append(')');
    return new Quadratic(sb.toString(), vars, lambdas);
  }

  private static double[][] orthonormal(Random rnd, int n) {
    double[][] u = new double[n][n];
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        u[k][i] = rnd.nextGaussian();
      }
      for (int j = 0; j < k; j++) {
        double dot = 0;
        for (int i = 0; i < n; i++) {
          dot += u[k][i] * u[j][i];
        }
        for (int i = 0; i < n; i++) {
          u[k][i] -= dot * u[j][i];
        }
      }
      double norm = 0;
      for (int i = 0; i < n; i++) {
        norm += u[k][i] * u[k][i];
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < n; i++) {
        u[k][i] /= norm;
      }
    }
    return u;
  }

  static Stream<Arguments> quadratics() {
    Random rnd = new Random(42);
    return IntStream.range(0, 40).mapToObj(i -> Arguments.of(randomQuadratic(rnd, 1 + rnd.nextInt(10)), rnd.nextLong()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("quadratics")
  void eigenvaluesAreTheChosenOnes(Quadratic q, long seed) {
    double[] expected = q.lambdas().clone();
    Arrays.sort(expected);
    Curvature c = Curvature.at(q.objective(), new double[q.vars().size()]);
    assertThat(c.eigenvalues()).containsExactly(expected, within(1e-9));
    double min = expected[0];
    double max = expected[expected.length - 1];
    assertThat(c.condition().getAsDouble()).isCloseTo(max / min, within(1e-8 * max / min));
    assertThat(c.etaMax().getAsDouble()).isCloseTo(2 / max, within(1e-12));
    assertThat(c.etaOpt().getAsDouble()).isCloseTo(2 / (min + max), within(1e-12));
  }

  /**
   * The first twelve quadratics, one to ten coordinates: each run below the bound takes up to 3,000
   * steps, so this property is held on fewer of them than the cheap ones are.
   */
  static Stream<Arguments> someQuadratics() {
    return quadratics().limit(12);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("someQuadratics")
  void gradientDescentConvergesBelowTwoOverLambdaMaxAndDivergesAbove(Quadratic q, long seed) {
    Random rnd = new Random(seed);
    double[] start = rnd.doubles(q.vars().size(), -3, 3).toArray();
    double limit = 2 / q.lambdaMax();
    double below = limit * (0.5 + 0.45 * rnd.nextDouble());
    double above = limit * (1.05 + 0.5 * rnd.nextDouble());
    Trajectory good = Trajectory.of(Run.gradientDescent(q.objective(), start, below, 3000));
    Trajectory bad = Trajectory.of(Run.gradientDescent(q.objective(), start, above, 3000));
    assertThat(good.diverged()).isFalse();
    assertThat(Clipping.norm(good.last().point())).isLessThan(1e-6);
    assertThat(bad.diverged()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("quadratics")
  void adamsFirstStepMovesEachCoordinateByAboutEta(Quadratic q, long seed) {
    // m_hat = g and v_hat = g^2 after one step, so the move is eta*g/(|g| + eps), about eta.
    Random rnd = new Random(seed);
    double[] start = rnd.doubles(q.vars().size(), -3, 3).toArray();
    double eta = 0.001 + rnd.nextDouble();
    Trajectory t = Trajectory.of(new Run(q.objective(), start, OptimizerForm.make("adam"), eta, new Schedule.Constant(),
        Clipping.none(), 1));
    double[] g = t.rows().get(0).gradient();
    for (int i = 0; i < start.length; i++) {
      if (Math.abs(g[i]) > 1e-6) {
        assertThat(Math.abs(t.last().point()[i] - start[i])).isCloseTo(eta, within(eta * 1e-6));
      }
    }
  }

  @Test
  void newtonsStepLandsOnTheMinimumOfAQuadratic() {
    // f = 3(x-1)^2 + (y+2)^2 + (x-1)(y+2): minimum at (1, -2).
    Objective f = Expression.parse("3(x-1)^2 + (y+2)^2 + (x-1)(y+2)").bind(List.of("x", "y"));
    double[] next = Curvature.at(f, new double[] {5, 7}).newtonStep();
    assertThat(next).containsExactly(new double[] {1, -2}, within(1e-12));
  }
}
