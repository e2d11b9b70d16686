package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** descent's one wrapper: lines within the width, formulas kept whole, paths broken at a folder. */
class ParagraphTest {
  /** Sentences of the course whose formulas the old wrappers split (lesson 1 p5, lesson 3 p4, lesson 6 p5). */
  private static final List<String> FORMULAS = List.of(
      "Write the gap to the minimum as the error e = w − 3, so that each step multiplies it by 1 − 2η.",
      "Current weight w = 0, example x = 2, y = 1, learning rate η = 0.1.",
      "Adam divides by the corrected moments: x ← x − η · m\u0302 / (√v\u0302 + ε), where m\u0302 = m / (1 − β₁ᵗ).");

  /** Every width down to the widest formula of these sentences (25 columns, Adam's rule). */
  @ParameterizedTest
  @ValueSource(ints = {26, 28, 30, 32, 34, 36, 38, 40, 44, 50, 60, 78, 98})
  void noLineBreaksNextToAnEqualsSignOrAnOperator(int width) {
    for (String sentence : FORMULAS) {
      List<String> lines = Paragraph.wrap(sentence, width);
      assertThat(String.join(" ", lines)).isEqualTo(sentence);
      for (int i = 0; i + 1 < lines.size(); i++) {
        String end = last(lines.get(i));
        String start = lines.get(i + 1).split(" ")[0];
        String at = "'" + lines.get(i) + "' / '" + lines.get(i + 1) + "' at width " + width;
        assertThat(Paragraph.isOperator(end) || end.endsWith("=")).as(at).isFalse();
        assertThat(Paragraph.isOperator(start) || start.startsWith("=")).as(at).isFalse();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5, 12, 20, 40, 78})
  void noLineIsWiderThanTheWidthInScreenColumns(int width) {
    String text = "p\u0302 = σ(w·x) and the log-loss −[y·ln p\u0302 + (1 − y)·ln(1 − p\u0302)] with 中文 words and "
        + "a_very_long_identifier_that_is_longer_than_any_line_here too.";
    assertThat(Paragraph.wrap(text, width)).allSatisfy(l -> assertThat(Cells.width(l)).isLessThanOrEqualTo(width));
  }

  @Test
  void aFormulaStaysWholeWhereTheOldWrapperSplitIt() {
    // at 32 columns the old wrapper gave "... learning rate η =" / "0.1."
    assertThat(Paragraph.wrap("Current weight w = 0, example x = 2, y = 1, learning rate η = 0.1.", 32))
        .containsExactly("Current weight w = 0, example", "x = 2, y = 1, learning rate", "η = 0.1.");
  }

  @Test
  void aRunOfFormulaWiderThanALineBreaksAtItsSpaces() {
    assertThat(Paragraph.wrap("a = b + c + d + e", 9)).containsExactly("a = b + c", "+ d + e");
  }

  @Test
  void aPathWiderThanALineBreaksAfterAFolder() {
    assertThat(Paragraph.wrap("saved in ~/.local/share/descent/progress", 20))
        .containsExactly("saved in", "~/.local/share/", "descent/progress");
  }

  @Test
  void blankTextHasNoLines() {
    assertThat(Paragraph.wrap("  \n ", 10)).isEmpty();
  }

  @Test
  void entriesBreakOnlyBetweenEntries() {
    assertThat(Paragraph.entries(List.of("S start", "E end (step 10)", "digits: step mod 10"), ", ", 30))
        .containsExactly("S start, E end (step 10)", "digits: step mod 10");
  }

  private static String last(String line) {
    String[] words = line.split(" ");
    return words[words.length - 1];
  }

  /** The hand-written split into words against {@code split("\\s+")} on seeded random text. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void wordsAreWhatTheRegularExpressionSplitGives(int seed) {
    String[] pieces = {"a", "η", " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "\u00a0", "\u2009", "=", "p\u0302"};
    java.util.Random rnd = new java.util.Random(seed);
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = rnd.nextInt(12); k >= 0; k--) {
        b.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = b.toString().strip();
      List<String> expected = text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
      assertThat(Paragraph.words(text)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void aHangingIndentPutsTheLaterLinesUnderTheTextAfterTheLabel() {
    // "a) " is the label: the first line starts 6 columns in, the others 9, each within 24 columns.
    assertThat(Paragraph.hanging("a) one two three four five six", 6, 9, 24))
        .containsExactly("      a) one two three", "         four five six");
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 16, 20, 30})
  void aHangingIndentKeepsEveryLineWithinTheWidth(int width) {
    for (String sentence : FORMULAS) {
      List<String> lines = Paragraph.hanging(sentence, 2, 6, width);
      assertThat(lines).allSatisfy(l -> assertThat(Cells.width(l)).isLessThanOrEqualTo(width));
      assertThat(lines.get(0)).startsWith("  ").doesNotStartWith("   ");
      assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("      "));
    }
  }
}
