package dev.descent.engine.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurvatureTest {

  private static Curvature at(String f, List<String> vars, double... x) {
    Objective o = Expression.parse(f).bind(vars);
    return Curvature.at(o, x);
  }

  @Test
  void ellipticBowlOfTheNotes() {
    // 5x^2 + 13y^2: H = diag(10, 26), kappa = 2.6 (notes 003).
    Curvature c = at("5x^2 + 13y^2", List.of("x", "y"), 0, 0);
    assertThat(c.hessian()[0]).containsExactly(10, 0);
    assertThat(c.hessian()[1]).containsExactly(0, 26);
    assertThat(c.eigenvalues()).containsExactly(new double[] {10, 26}, within(1e-12));
    assertThat(c.condition().getAsDouble()).isCloseTo(2.6, within(1e-12));
  }

  @Test
  void halfQuadraticWithDiagonalFiveOne() {
    // 1/2 x^T diag(5,1) x: lambda 1 and 5, kappa 5, eta* = 2/6 = 1/3, stable below 2/5 = 0.4 (notes 001).
    Curvature c = at("0.5*(5x^2 + y^2)", List.of("x", "y"), 1, 1);
    assertThat(c.condition().getAsDouble()).isCloseTo(5, within(1e-12));
    assertThat(c.etaOpt().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(c.etaMax().getAsDouble()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void variableOrderFollowsTheGivenOrder() {
    Curvature c = at("5x^2 + 13y^2", List.of("y", "x"), 0, 0);
    assertThat(c.hessian()[0]).containsExactly(26, 0);
  }

  @Test
  void saddleHasNoConditionNumber() {
    Curvature c = at("x^2 - y^2", List.of("x", "y"), 0, 0);
    assertThat(c.definiteness()).isEqualTo(Definiteness.INDEFINITE);
    assertThat(c.condition()).isEmpty();
    assertThat(c.etaMax()).isEmpty();
    assertThat(c.etaOpt()).isEmpty();
    assertThat(c.whyUndefined()).contains("saddle");
  }

  @Test
  void flatDirectionIsSemidefinite() {
    Curvature c = at("x^2 + 0*y", List.of("x", "y"), 0, 0);
    assertThat(c.definiteness()).isEqualTo(Definiteness.POSITIVE_SEMIDEFINITE);
    assertThat(c.condition()).isEmpty();
  }

  @Test
  void eigenvaluesOfACrossTerm() {
    // 3x^2 + 2xy + 3y^2: H = [[6,2],[2,6]], eigenvalues 4 and 8.
    Curvature c = at("3x^2 + 2x y + 3y^2", List.of("x", "y"), 0, 0);
    assertThat(c.eigenvalues()).containsExactly(new double[] {4, 8}, within(1e-12));
    assertThat(c.condition().getAsDouble()).isCloseTo(2, within(1e-12));
  }
}
