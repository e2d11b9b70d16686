package dev.descent.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SgdStepTest {

  @Test
  void linearStepOfTheNotes() {
    // w=0, x=2, y=1, eta=0.1: prediction 0, error -1, gradient -2, new w 0.2 (notes 000).
    SgdStep s = SgdStep.take(Model.LINEAR, 0, new Sample(2, 1), 0.1);
    assertThat(s.prediction()).isEqualTo(0);
    assertThat(s.error()).isEqualTo(-1);
    assertThat(s.gradient()).isEqualTo(-2);
    assertThat(s.newW()).isCloseTo(0.2, within(1e-15));
    assertThat(s.lossBefore()).isEqualTo(0.5);
  }

  @Test
  void logisticStepOfTheNotes() {
    // w=0, x=1, y=1, eta=0.5: p = 0.5, gradient -0.5, new w 0.25 (notes 000).
    SgdStep s = SgdStep.take(Model.LOGISTIC, 0, new Sample(1, 1), 0.5);
    assertThat(s.prediction()).isEqualTo(0.5);
    assertThat(s.gradient()).isEqualTo(-0.5);
    assertThat(s.newW()).isEqualTo(0.25);
    assertThat(s.lossBefore()).isCloseTo(Math.log(2), within(1e-15));
  }

  @Test
  void miniBatchAveragesTheGradients() {
    // w=0.5 on (1,1), (2,1), (3,2): errors -0.5, 0, -0.5; gradients -0.5, 0, -1.5; mean -2/3.
    SgdStep s = SgdStep.take(Model.LINEAR, 0.5, List.of(new Sample(1, 1), new Sample(2, 1), new Sample(3, 2)), 0.3);
    assertThat(s.gradients()).containsExactly(-0.5, 0, -1.5);
    assertThat(s.gradient()).isCloseTo(-2.0 / 3, within(1e-15));
    assertThat(s.newW()).isCloseTo(0.7, within(1e-15));
  }
}
