package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoxTest {

  @Test
  void boxAroundPointsAddsTheMarginOnEverySide() {
    // x spans 0..2 (width 2, margin 0.3), y spans 0..1 (height 1, margin 0.15)
    Box box = Box.around(List.of(new double[] {0, 0}, new double[] {2, 1}), 0.15);
    assertThat(new double[] {box.xMin(), box.xMax(), box.yMin(), box.yMax()})
        .containsExactly(new double[] {-0.3, 2.3, -0.15, 1.15}, within(1e-12));
  }

  @Test
  void singlePointGetsAUnitBoxPlusMargin() {
    Box box = Box.around(List.<double[]>of(new double[] {3, 4}), 0.15);
    assertThat(new double[] {box.xMin(), box.xMax(), box.yMin(), box.yMax()})
        .containsExactly(new double[] {2.35, 3.65, 3.35, 4.65}, within(1e-12));
  }

  @Test
  void pointsOnAHorizontalLineBorrowTheWidthForTheHeight() {
    Box box = Box.around(List.of(new double[] {0, 1}, new double[] {4, 1}), 0);
    assertThat(new double[] {box.yMin(), box.yMax()}).containsExactly(new double[] {-1, 3}, within(1e-12));
  }

  @Test
  void emptyBoxIsRefused() {
    assertThatThrownBy(() -> new Box(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
