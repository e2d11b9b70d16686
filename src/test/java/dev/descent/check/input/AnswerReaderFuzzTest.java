package dev.descent.check.input;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.descent.engine.DescentException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes every method of {@link AnswerReader} with any text: each either returns or refuses with an
 * {@link AnswerFormatException} whose reason is short enough to show (under 400 characters). An input's first byte sets the shapes asked for (vector length, matrix rows
 * and columns, table cells, one or several choices); the rest, read as UTF-8, is what the learner typed.
 */
class AnswerReaderFuzzTest {
  private static final List<Option> LETTERS = List.of(new Option("a", "converges"),
      new Option("b", "bounces forever"), new Option("c", "runs away"));
  private static final List<Option> WORDS = List.of(new Option("converges", "converges"),
      new Option("oscillates", "bounces forever"), new Option("diverges", "runs away"), new Option("2", "two"));
  private static final List<String> NAMES = List.of("w", "b", "theta_1");

  @FuzzTest
  @Timeout(10)
  void everyReader(byte[] input) {
    int shape = input.length == 0 ? 0 : input[0] & 0xff;
    String typed = input.length == 0 ? "" : new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    int length = 1 + (shape & 7);
    int rows = 1 + (shape >> 3 & 3);
    int cols = 1 + (shape >> 5 & 3);
    boolean multiple = (shape & 1) == 1;
    read(typed, AnswerReader::number);
    read(typed, AnswerReader::vector);
    read(typed, t -> AnswerReader.vector(t, length));
    read(typed, t -> AnswerReader.vector(t, NAMES.subList(0, 1 + length % NAMES.size())));
    read(typed, AnswerReader::matrix);
    read(typed, t -> AnswerReader.matrix(t, rows, cols));
    read(typed, t -> AnswerReader.expression(t, NAMES));
    read(typed, t -> AnswerReader.expression(t, List.of()));
    read(typed, t -> AnswerReader.choices(t, LETTERS, multiple));
    read(typed, t -> AnswerReader.choices(t, WORDS, !multiple));
    read(typed, t -> AnswerReader.row(t, length));
  }

  /** Reads {@code typed}; a refusal must be descent's own error with a message to show. */
  private static void read(String typed, Consumer<String> reader) {
    try {
      reader.accept(typed);
    } catch (DescentException refused) {
      String why = refused.getMessage();
      if (!(refused instanceof AnswerFormatException) || why == null || why.isBlank() || why.length() >= 400) {
        throw new AssertionError("not a short reason of the answer's form for " + Arrays.toString(typed.toCharArray()),
            refused);
      }
    }
  }
}
