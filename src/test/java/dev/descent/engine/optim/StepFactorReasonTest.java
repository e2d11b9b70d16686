package dev.descent.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A behaviour's reason for plain descent on a parabola is its step factor q = 1 − ηf'' and what q does,
 * worked by hand for each case (f = (w − 2)², f'' = 2; f = (w + 1)²/2, f'' = 1).
 */
class StepFactorReasonTest {

  private static Judgement judge(String f, double start, double eta, int steps, double minimum) {
    Objective o = Expression.parse(f).bind();
    Run run = Run.gradientDescent(o, new double[] {start}, eta, steps);
    return Behaviour.judge(run, Trajectory.of(run), new double[] {minimum});
  }

  @ParameterizedTest(name = "{0} at eta = {1}")
  @CsvSource(delimiter = '|', value = {
      // 1 − 2·0.9 = −0.8
      "(w-2)^2 | 0.9 | 2 | CONVERGES_OSCILLATING | 1 − 2η = −0.8: negative and inside (−1, 1), so w hops across 2 and closes in",
      // 1 − 2·0.25 = 0.5
      "(w-2)^2 | 0.25 | 2 | CONVERGES | 1 − 2η = 0.5: positive and below 1, so w closes in on 2 from one side",
      // 1 − 2·1 = −1
      "(w-2)^2 | 1 | 2 | OSCILLATES | 1 − 2η = −1: exactly −1, so w hops across 2 and stays as far away for ever",
      // 1 − 2·1.5 = −2
      "(w-2)^2 | 1.5 | 2 | DIVERGES | 1 − 2η = −2: below −1, so w hops across 2 and lands farther away at every step",
      // 1 − 2·0.5 = 0
      "(w-2)^2 | 0.5 | 2 | CONVERGES | 1 − 2η = 0: 0, so w lands on 2 in one step",
      // f'' = 1: 1 − 0.4 = 0.6, minimum at −1
      "0.5*(w+1)^2 | 0.4 | -1 | CONVERGES | 1 − η = 0.6: positive and below 1, so w closes in on −1 from one side"})
  void plainDescentOnAParabolaIsExplainedByItsFactor(String f, double eta, double minimum, Behaviour b, String reason) {
    Judgement j = judge(f, 0, eta, 40, minimum);
    assertThat(j.behaviour()).isEqualTo(b);
    assertThat(j.reason()).isEqualTo(reason);
  }

  @Test
  void aRunWithoutOneFactorIsExplainedByWhatTheRunDid() {
    // w⁴ has f'' = 12w², not one number: the reason reads the distances off the run.
    Judgement j = judge("w^4", 1, 0.05, 40, 0);
    assertThat(j.reason()).startsWith("the distance to the minimum falls from 1 to ");
  }
}
