package dev.descent.engine.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Definiteness is decided at the scale of rounding error, n·ε·max|λ|, not at a fixed ratio: a bowl
 * with κ = 10¹² or more is still positive definite, with κ and the step bounds; an eigenvalue at
 * rounding level counts as zero; every eigenvalue is printed as computed, never rounded to 0.
 */
class DefinitenessThresholdTest {
  private static Curvature at(String f, double... x) {
    Objective o = Expression.parse(f).bind(List.of("x", "y"));
    return Curvature.at(o, x);
  }

  @ParameterizedTest(name = "diag(2, {0})")
  @ValueSource(doubles = {2e-12, 2e-13, 1e-14, 4e-15})
  void illConditionedButCurvedUpIsPositiveDefinite(double small) {
    // H = diag(2, small): kappa = 2/small (1e12 and beyond), eta_max = 2/2 = 1, eta* = 2/(2 + small).
    Curvature c = at("x^2 + " + small / 2 + "*y^2", 1, 1);
    assertThat(c.definiteness()).isEqualTo(Definiteness.POSITIVE_DEFINITE);
    assertThat(c.eigenvalues()).containsExactly(small, 2);
    assertThat(c.condition().getAsDouble()).isCloseTo(2 / small, within(1e-3 * (2 / small)));
    assertThat(c.etaMax().getAsDouble()).isEqualTo(1);
    assertThat(c.etaOpt().getAsDouble()).isCloseTo(2 / (2 + small), within(1e-15));
  }

  @ParameterizedTest(name = "diag(2, {0})")
  @ValueSource(doubles = {2e-16, 4e-16, -2e-16, 1e-300})
  void anEigenvalueAtRoundingLevelIsFlatButPrintedAsComputed(double small) {
    // 2·eps·2 = 8.9e-16: below that an eigenvalue is rounding noise; it is still shown as it is.
    Curvature c = at("x^2 + " + small / 2 + "*y^2", 1, 1);
    assertThat(c.hessian()[1][1]).isEqualTo(small);
    assertThat(c.eigenvalues()).containsExactlyInAnyOrder(small, 2);
    assertThat(c.definiteness()).isEqualTo(Definiteness.POSITIVE_SEMIDEFINITE);
    assertThat(c.condition()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // H = [[a, b], [b, a]] has eigenvalues a - b and a + b: with a = 1 + 0.5e-13, b = 1 - 0.5e-13
      // they are 1e-13 and 2 (the bowl diag(1e-13, 2) turned by 45 degrees), kappa 2e13.
      "(0.5 + 0.25e-13)*x^2 + (0.5 + 0.25e-13)*y^2 + (1 - 0.5e-13)*x*y; 1e-13",
  })
  void aRotatedIllConditionedBowlKeepsItsSmallEigenvalue(String f, double small) {
    Curvature c = at(f, 0, 0);
    assertThat(c.definiteness()).isEqualTo(Definiteness.POSITIVE_DEFINITE);
    assertThat(c.lambdaMin()).isCloseTo(small, within(1e-15));
  }

  @org.junit.jupiter.api.Test
  void negativeAtTheSameScaleIsADirectionDownhill() {
    // diag(2, -1e-13): curved down, slightly, in y: a saddle, not "flat".
    Curvature c = at("x^2 - 0.5e-13*y^2", 1, 1);
    assertThat(c.definiteness()).isEqualTo(Definiteness.INDEFINITE);
  }
}
