package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The step label of a table row in an answer file: what counts as one, and what is a row without one. */
class TableRowLabelTest {
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "'1: 2.4, 8.12'|1",
      "'  3: 3, 1'|3",
      "'step 4: 1, 2'|4",
      "'Step 4 : 1, 2'|4",
      "'STEP12:1,2'|12",
      "'\t2\t:\t1, 2'|2",
      "'123456789: 1'|123456789",
      "'7:'|7",
      "'1234567890: 1'|-1",
      "'2.4, 8.12'|-1",
      "'-1: 2'|-1",
      "'step: 2'|-1",
      "'steps 2: 1'|-1",
      "': 1, 2'|-1",
      "'1 2: 3'|-1",
      "'٣: 1'|-1",
      "''|-1",
      "'  '|-1"})
  void aLabelIsDigitsAndAColonWithAnOptionalStep(String text, int step) {
    assertThat(TableAnswer.label(text)).isEqualTo(step);
  }

  // The row reader reads a no-break, thin, ideographic or zero-width space as a plain one, so "step\u00a03:"
  // is step 3's row to it: placing that row by order instead put step 3's numbers on step 1. "step" is
  // matched in ASCII only, as the row reader does (a long s, U+017F, is not an s).
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "'step\u00a03: 1, 2'|3",
      "'\u20093\u2009: 1'|3",
      "'\u3000step\u30004\u3000: 1'|4",
      "'\u200b2\u200b:1'|2",
      "'\ufeff5: 1'|5",
      "'3: 1, 2\u2028'|3",
      "'\u017ftep 3: 1'|-1",
      "'\u212a3: 1'|-1",
      "'\uff13: 1'|-1"})
  void aLabelIsWhatTheRowReaderTakesForOne(String text, int step) {
    assertThat(TableAnswer.label(text)).isEqualTo(step);
  }

  @Test
  void rowsLabelledWithUnusualSpacesArePlacedByTheirLabels() throws IOException {
    // bob's first two rows of p2.table (descent key eight-steps-homework --student bob), written in reverse.
    String plain = "set: eight-steps-homework\nstudent: bob\np2.table =\n"
        + "  step 2: 0.02, 1.9208\n  step 1: -0.4, 3.92\n";
    SetCatalog catalog = SetCatalog.of(List.of());

    QuestionResult spaced = table(catalog, plain);
    QuestionResult noBreak = table(catalog, plain.replace("step ", "step\u00a0"));

    assertThat(spaced.earned()).isEqualTo(2.0);
    assertThat(noBreak).isEqualTo(spaced);
  }

  private static QuestionResult table(SetCatalog catalog, String file) throws IOException {
    AnswerText.Lines lines = AnswerText.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    Report r = AnswerCheck.check("bob.txt", lines, catalog, AnswerCheck.Expected.NOTHING);
    return r.questions().stream().filter(q -> q.key().equals("p2.table")).findFirst().orElseThrow();
  }
}
