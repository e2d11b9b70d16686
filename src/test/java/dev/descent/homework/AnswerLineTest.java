package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written shapes of answer-file lines against the regular expressions that define them, on
 * lines made of the characters that matter (spaces of every kind, separators, letters and numbers
 * outside ASCII, the header words in mixed case). Only the line terminators that a regular
 * expression's {@code .} refuses are left out: the answer file is split at them or, for U+2028 and
 * its kind, AnswerLine is deliberately more lenient.
 */
class AnswerLineTest {
  private static final String ID = "[\\p{L}\\p{N}_-]+";
  private static final Pattern HEADER = Pattern.compile("\\s*(set|student|name|course)\\s*[:=]\\s*(.*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ANSWER = Pattern.compile("\\s*(" + ID + "(?:\\." + ID + ")+)\\s*[:=]\\s*(.*)");
  private static final Pattern WITHOUT_SEPARATOR = Pattern.compile("\\s*(\\p{L}[\\p{L}\\p{N}_-]*\\." + ID
      + ")\\s+(\\S.*)");
  private static final Pattern WORD_FIELD = Pattern.compile("\\s*(\\p{L}+)\\s*[:=].*");
  private static final Pattern STEP_ONLY = Pattern.compile("\\s*(?:step\\s*)?\\d{0,9}\\s*:?\\s*",
      Pattern.CASE_INSENSITIVE);

  private static final String[] PIECES = {" ", "  ", "\t", "\u000B", "\f", "\u00A0", ".", ".", ":", "=", "-", "_",
      "#", "p1", "q", "grad", "a", "Z", "0", "7", "123456789", "1234567890", "é", "η", "中", "\u216B", "\u00B2",
      "\u00BD", "\uD835\uDC9C", "set", "SET", "Student", "name", "nAme", "step", "Step", "ſet", "x = 1", "0.5",
      "1: 0.2, 2.62", "sets", "settings", "course", "Course", "courses"};

  static Stream<Long> seeds() {
    return IntStream.range(0, 2000).mapToObj(k -> 77L * k + 5);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void shapesAreTheRegularExpressions(long seed) {
    Random rnd = new Random(seed);
    StringBuilder b = new StringBuilder();
    int n = 1 + rnd.nextInt(7);
    for (int k = 0; k < n; k++) {
      b.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    String line = b.toString();

    Matcher h = HEADER.matcher(line);
    assertThat(AnswerLine.header(line)).as("header %s", line)
        .isEqualTo(h.matches() ? new String[] {h.group(1).toLowerCase(java.util.Locale.ROOT), h.group(2)} : null);
    Matcher a = ANSWER.matcher(line);
    assertThat(AnswerLine.answer(line)).as("answer %s", line)
        .isEqualTo(a.matches() ? new String[] {a.group(1), a.group(2)} : null);
    Matcher w = WITHOUT_SEPARATOR.matcher(line);
    assertThat(AnswerLine.withoutSeparator(line)).as("without separator %s", line)
        .isEqualTo(w.matches() ? new String[] {w.group(1), w.group(2)} : null);
    Matcher f = WORD_FIELD.matcher(line);
    assertThat(AnswerLine.wordField(line)).as("word field %s", line).isEqualTo(f.matches() ? f.group(1) : null);
    assertThat(AnswerLine.stepOnly(line)).as("step only %s", line).isEqualTo(STEP_ONLY.matcher(line).matches());
  }

  @Test
  void theUsualLines() {
    assertThat(AnswerLine.header("  Student : alice ")).containsExactly("student", "alice ");
    assertThat(AnswerLine.header("settings: x")).isNull();
    assertThat(AnswerLine.answer("p1.grad = 12")).containsExactly("p1.grad", "12");
    assertThat(AnswerLine.answer("p3.grads: 1, 2, 3")).containsExactly("p3.grads", "1, 2, 3");
    assertThat(AnswerLine.answer("p1 = 12")).isNull();
    assertThat(AnswerLine.withoutSeparator("p1.grad 12")).containsExactly("p1.grad", "12");
    assertThat(AnswerLine.withoutSeparator("1.5 2")).isNull();
    assertThat(AnswerLine.wordField("studnet: bob")).isEqualTo("studnet");
    assertThat(AnswerLine.stepOnly("Step 3:")).isTrue();
    assertThat(AnswerLine.stepOnly("3: 0.2")).isFalse();
  }
}
