package dev.descent.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Ids of lesson files, pages and questions: the hand-written check against the regular expression that states it. */
class LessonIdTest {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final String[] PIECES = {"a", "Z", "0", "9", "_", "-", ".", " ", "é", "p1", "x".repeat(31), "/"};

  static Stream<Long> seeds() {
    return LongStream.range(0, 500).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void validIdIsTheRegularExpression(long seed) {
    Random rnd = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int k = rnd.nextInt(5); k >= 0; k--) {
      b.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    String id = b.toString();
    assertThat(LessonLoader.validId(id)).as(id).isEqualTo(ID.matcher(id).matches());
  }
}
