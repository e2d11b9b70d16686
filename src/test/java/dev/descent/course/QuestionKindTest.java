package dev.descent.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The answer kinds, each declared once with how a learner types it on screen, on a sheet and in an answer file. */
class QuestionKindTest {

  private static Question choice(boolean multiple) {
    List<Question.Choice> options = List.of(new Question.Choice("a", "one"), new Question.Choice("b", "two"),
        new Question.Choice("c", "three"));
    return new Question("p.q", QuestionKind.CHOICE, "?", options, multiple, null, 0, 1, "", "");
  }

  @ParameterizedTest
  @EnumSource(QuestionKind.class)
  void eachKindIsFoundByItsNameInLessonFiles(QuestionKind kind) {
    assertThat(QuestionKind.named(kind.id())).isSameAs(kind);
    assertThat(QuestionKind.ids()).contains(kind.id());
  }

  @Test
  void anUnknownNameIsNoKind() {
    assertThat(QuestionKind.named("scalar")).isNull();
    assertThat(QuestionKind.named("Number")).isNull();
  }

  @ParameterizedTest
  @EnumSource(QuestionKind.class)
  void theNoteUnderAnInputFieldEndsWithTheKindsExample(QuestionKind kind) {
    for (boolean multiple : new boolean[] {false, true}) {
      String example = kind.example(multiple);
      if (!example.isEmpty()) {
        assertThat(kind.inputHint(multiple)).endsWith(", such as " + example);
      }
    }
  }

  @Test
  void aChoiceOfSeveralOptionsSaysSoUnderItsField() {
    assertThat(QuestionKind.CHOICE.inputHint(false)).isEqualTo("the letter of one option, such as b");
    assertThat(QuestionKind.CHOICE.inputHint(true)).isEqualTo("the letters of every right option, such as a, c");
  }

  @Test
  void onlyAnswersTypedAsNumbersHaveAPrecision() {
    assertThat(QuestionKind.values()).filteredOn(QuestionKind::typedAsNumbers)
        .containsExactly(QuestionKind.NUMBER, QuestionKind.VECTOR, QuestionKind.MATRIX, QuestionKind.TABLE);
  }

  @ParameterizedTest
  @EnumSource(QuestionKind.class)
  void everyKindHasASheetLine(QuestionKind kind) {
    assertThat(kind.sheetLine()).hasSizeGreaterThan(12);
    assertThat(kind.sheetLine().substring(0, 12).strip()).isNotEmpty();
  }

  @Test
  void anAnswerFileSaysHowManyNumbersAVectorHas() {
    assertThat(QuestionKind.VECTOR.fileNote(null, 3, List.of())).isEqualTo("3 numbers, such as (1, 2, 3)");
    assertThat(QuestionKind.VECTOR.fileNote(null, 0, List.of())).isEqualTo("numbers, such as (1, 2)");
  }

  @Test
  void anAnswerFileNamesAFormulasVariables() {
    assertThat(QuestionKind.EXPRESSION.fileNote(null, 0, List.of("x", "y")))
        .isEqualTo("a formula in x, y, such as 2(w - 1)");
    assertThat(QuestionKind.EXPRESSION.fileNote(null, 0, List.of())).isEqualTo("a formula, such as 2(w - 1)");
  }

  @Test
  void anAnswerFileListsAChoicesOptions() {
    assertThat(QuestionKind.CHOICE.fileNote(choice(false), 0, List.of())).isEqualTo("one of a, b or c");
    assertThat(QuestionKind.CHOICE.fileNote(choice(true), 0, List.of()))
        .isEqualTo("every right option, such as a, c (of a, b or c)");
  }

  @Test
  void anAnswerFileNamesATablesColumns() {
    Question table = new Question("p.t", QuestionKind.TABLE, "?", List.of(), false,
        new Question.TableLayout(List.of("w", "L(w)"), List.of(1, 2), 0, List.of("0", "5")), 0, 1, "", "");
    assertThat(QuestionKind.TABLE.fileNote(table, 0, List.of()))
        .isEqualTo("on each step's line, w and L(w), separated by commas");
    assertThat(QuestionKind.NUMBER.fileNote(table, 0, List.of())).isEmpty();
  }
}
