package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Newton's method as an optimizer: x ← x − ηH⁻¹g, refused where H is not positive definite. */
class NewtonTest {
  private static Trajectory run(String f, double eta, int steps, double... start) {
    List<String> vars = start.length == 1 ? List.of("w") : List.of("x", "y");
    Objective o = Expression.parse(f).bind(vars);
    return Trajectory.of(new Run(o, start, new Newton(), eta, new Schedule.Constant(), Clipping.none(), steps));
  }

  @Test
  void landsOnAQuadraticsMinimumInOneStep() {
    // 5x^2 + 3xy + 13y^2 - 2x: H = [[10, 3], [3, 26]], the minimum solves H x = (2, 0):
    // x* = (52, -6)/251 (det 260 - 9 = 251).
    Trajectory t = run("5x^2 + 3x*y + 13y^2 - 2x", 1, 3, 1, 1);
    for (int k = 1; k <= 3; k++) {
      assertThat(t.rows().get(k).point()[0]).isCloseTo(52.0 / 251, within(1e-15));
      assertThat(t.rows().get(k).point()[1]).isCloseTo(-6.0 / 251, within(1e-15));
    }
  }

  @Test
  void aSmallerEtaGoesPartWay() {
    // eta = 0.5: x1 = x0 + 0.5 (x* - x0) on the same quadratic.
    Trajectory t = run("5x^2 + 3x*y + 13y^2 - 2x", 0.5, 1, 1, 1);
    assertThat(t.rows().get(1).point()[0]).isCloseTo(1 + 0.5 * (52.0 / 251 - 1), within(1e-15));
    assertThat(t.rows().get(1).point()[1]).isCloseTo(1 + 0.5 * (-6.0 / 251 - 1), within(1e-15));
  }

  @Test
  void onAQuarticEachStepKeepsTwoThirds() {
    // w^4: w - 4w^3/(12w^2) = 2w/3, so w3 = 8/27 from 1.
    Trajectory t = run("w^4", 1, 3, 1);
    assertThat(t.rows().get(3).point()[0]).isCloseTo(8.0 / 27, within(1e-15));
  }

  @Test
  void findsTheNotesMinimumFromNearby() {
    // 1 + sin x + cos y + (y + y^2 + x^2)/10 has a minimum near (-1.31, -2.69) (notes 002).
    Trajectory t = run("1 + sin(x) + cos(y) + (y + y^2 + x^2)/10", 1, 8, -1, -2.5);
    Row last = t.last();
    assertThat(last.point()[0]).isCloseTo(-1.3064, within(1e-4));
    assertThat(last.point()[1]).isCloseTo(-2.6885, within(1e-4));
    assertThat(Clipping.norm(last.gradient())).isLessThan(1e-14);
  }

  @Test
  void aSaddleStopsTheRunAndSaysWhy() {
    // x^2 - y^2: H = diag(2, -2), indefinite; the step would land on the saddle (0, 0).
    Trajectory t = run("x^2 - y^2", 1, 5, 1, 1);
    assertThat(t.rows()).hasSize(1);
    assertThat(t.diverged()).isFalse();
    assertThat(t.endNote()).hasValueSatisfying(note -> assertThat(note).contains("stopped before step 1")
        .contains("indefinite").contains("-2, 2"));
  }

  @Test
  void aRunCutShortHasNoBehaviour() {
    Trajectory t = run("x^2 - y^2", 1, 5, 1, 1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Behaviour.judge(t, new double[] {0, 0}))
        .isInstanceOf(dev.descent.engine.DescentException.class).hasMessageContaining("stopped before step 1");
  }

  @Test
  void newtonConvergesInOneStepOnAQuadratic() {
    Trajectory t = run("5x^2 + 3x*y + 13y^2 - 2x", 1, 5, 1, 1);
    assertThat(Behaviour.classify(t, new double[] {52.0 / 251, -6.0 / 251})).isEqualTo(Behaviour.CONVERGES);
  }

  @Test
  void aFlatDirectionStopsTheRun() {
    // x^2 + y: H = diag(2, 0) is singular, so x - H^-1 g is undefined where g = (2x, 1).
    Trajectory t = run("x^2 + y", 1, 5, 1, 1);
    assertThat(t.endNote()).hasValueSatisfying(note -> assertThat(note).contains("semidefinite"));
  }

  @Test
  void aStationaryPointIsLeftAsItIs() {
    Trajectory t = run("w^4", 1, 2, 0);
    assertThat(t.rows()).hasSize(3);
    assertThat(t.last().point()[0]).isZero();
  }
}
