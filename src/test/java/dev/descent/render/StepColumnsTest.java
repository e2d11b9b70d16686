package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StepColumnsTest {

  /** Step counts from 1 to 5000 against grid widths from 10 to 80, from a fixed seed. */
  static Stream<Arguments> sizes() {
    Random random = new Random(7L);
    return Stream.generate(() -> Arguments.of(1 + random.nextInt(5000), 10 + random.nextInt(71))).limit(100);
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void everyStepLiesInTheColumnThatShowsIt(int steps, int columns) {
    StepColumns x = new StepColumns(steps, columns);
    assertThat(IntStream.range(0, steps)).allSatisfy(s -> assertThat(s)
        .isBetween(x.first(x.column(s)), x.end(x.column(s)) - 1));
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void firstAndLastStepsSitAtTheEdges(int steps, int columns) {
    StepColumns x = new StepColumns(steps, columns);
    assertThat(new int[] {x.column(0), x.column(steps - 1)})
        .containsExactly(0, steps == 1 ? 0 : columns - 1);
  }
}
