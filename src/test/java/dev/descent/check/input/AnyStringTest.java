package dev.descent.check.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random strings: every reader returns a value or refuses with a short message, never anything
 * else. {@link AnswerReaderFuzzTest} holds the same contract for whatever Jazzer finds; these are the
 * strings a learner's keyboard and a paste are likely to give, and the long runs that push each
 * reader to its bounds, where a defect is likelier than in one more random string.
 */
class AnyStringTest {

  private static final String ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@"
      + "ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  private static final String ANSWERISH = "0123456789.,;:|()[]+-*/^eE wab ";
  // signs, powers, operators, Greek, accents, CJK, unusual spaces, an emoji, lone surrogates, Arabic zero
  private static final String UNICODE = "\u2212\u2013\u00b2\u00b3\u00d7\u00f7\u00b7\u03c0\u03b7\u00e9\u4e2d"
      + "\u00a0\u202f\u200b\ufeff\ud83d\ude00\ud800\udc00\uffff\u0660";
  private static final String CONTROL = "\u0000\u0001\t\n\r\u000b\u001b\u007f\u0085";
  private static final String[] PIECES = {"1", "0.25", "-", "(", ")", "[", "]", ",", ";", " ", "sqrt(", "log(", "e",
      "1e999", "/", "*", "^", "|", "3:", "and", "a", "b", "w", "%", "=", "\u2212", "\u03c0", "?", "1e-3", "0,5", "**"};
  private static final List<Option> OPTIONS = List.of(new Option("a", "converges"), new Option("b", "oscillates"),
      new Option("c", "diverges"));

  static Stream<Arguments> randomStrings() {
    Random rnd = new Random(20_261_123L);
    return IntStream.range(0, 300).mapToObj(i -> Arguments.of(i, randomString(rnd)));
  }

  private static String randomString(Random rnd) {
    int length = rnd.nextInt(4) == 0 ? rnd.nextInt(3001) : rnd.nextInt(40);
    StringBuilder sb = new StringBuilder();
    boolean pieces = rnd.nextBoolean();
    while (sb.length() < length) {
      if (pieces) {
        sb.append(PIECES[rnd.nextInt(PIECES.length)]);
      } else {
        String from = switch (rnd.nextInt(4)) {
          case 0 -> ASCII;
          case 1 -> ANSWERISH;
          case 2 -> UNICODE;
          default -> CONTROL;
        };
        sb.append(from.charAt(rnd.nextInt(from.length())));
      }
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("randomStrings")
  @Timeout(5)
  void everyReaderReadsOrRefusesAnyString(int index, String typed) {
    readsOrRefuses(() -> AnswerReader.number(typed));
    readsOrRefuses(() -> AnswerReader.vector(typed));
    readsOrRefuses(() -> AnswerReader.vector(typed, 2));
    readsOrRefuses(() -> AnswerReader.matrix(typed));
    readsOrRefuses(() -> AnswerReader.matrix(typed, 2, 2));
    readsOrRefuses(() -> AnswerReader.expression(typed, List.of("w", "b")));
    readsOrRefuses(() -> AnswerReader.choices(typed, OPTIONS, false));
    readsOrRefuses(() -> AnswerReader.choices(typed, OPTIONS, true));
    readsOrRefuses(() -> AnswerReader.row(typed, 2));
  }

  /** Long runs that push each reader to its bounds: nesting, operator chains, long names, many cells. */
  static Stream<String> longRuns() {
    return Stream.of("a".repeat(1999) + "(", "a ".repeat(1000), "(".repeat(2000), "(".repeat(1000) + ")".repeat(1000),
        "[".repeat(1000) + "]".repeat(1000), "-".repeat(2000), "1+".repeat(999) + "1", "2^".repeat(999) + "2",
        "w".repeat(2000), "w".repeat(1999) + "x", "wb".repeat(1000), "1 ".repeat(1000), "x=".repeat(1000),
        "%".repeat(2000), ",".repeat(2000), "3:" + "?,".repeat(999), "1;".repeat(1000), "[1,2]".repeat(400),
        "sqrt(".repeat(400), "0".repeat(2000), "9".repeat(400) + "e9", "a and ".repeat(333), "\u0000".repeat(333));
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("longRuns")
  @Timeout(5)
  void everyReaderReadsOrRefusesLongRuns(String typed) {
    everyReaderReadsOrRefusesAnyString(0, typed);
  }

  private static void readsOrRefuses(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(AnswerFormatException.class);
      assertThat(thrown.getMessage()).isNotBlank().hasSizeLessThan(400);
    }
  }
}
