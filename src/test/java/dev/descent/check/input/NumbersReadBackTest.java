package dev.descent.check.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.check.Tolerance;
import dev.descent.render.Numbers;
import java.util.Random;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What descent prints, a learner can type back: every formatted number reads back within the default tolerance. */
class NumbersReadBackTest {

  /** Random doubles from 1e-300 to 1e300 of both signs, and zero. */
  static DoubleStream randomDoubles() {
    Random rnd = new Random(4_170_923L);
    return DoubleStream.concat(DoubleStream.of(0, -0.0),
        IntStream.range(0, 500).mapToDouble(i -> (rnd.nextBoolean() ? 1 : -1) * (1 + 9 * rnd.nextDouble())
            * Math.pow(10, rnd.nextInt(601) - 300)));
  }

  @ParameterizedTest
  @MethodSource("randomDoubles")
  void aFormattedNumberReadsBack(double v) {
    assertThat(Tolerance.DEFAULT.accepts(AnswerReader.number(Numbers.format(v)), v)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("randomDoubles")
  void aNumberRoundedToFourDigitsReadsBack(double v) {
    // four significant digits are at most 0.05 % off, inside 0.1 %
    assertThat(Tolerance.DEFAULT.accepts(AnswerReader.number(Numbers.format(v, 4)), v)).isTrue();
  }

  static Stream<double[]> randomVectors() {
    Random rnd = new Random(77_031L);
    return IntStream.range(0, 100).mapToObj(i -> rnd.doubles(1 + rnd.nextInt(4), -1e4, 1e4).toArray());
  }

  @ParameterizedTest
  @MethodSource("randomVectors")
  void aFormattedVectorReadsBack(double[] v) {
    double[] read = AnswerReader.vector(Numbers.vector(v), v.length);
    for (int i = 0; i < v.length; i++) {
      assertThat(Tolerance.DEFAULT.accepts(read[i], v[i])).as("component %d", i).isTrue();
    }
  }
}
