package dev.descent.ui.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The answer field's editing: by grapheme cluster, with a selection that typing replaces, and the shell's keys. */
class AnswerFieldTest {

  private static AnswerField typed(String s) {
    AnswerField f = new AnswerField();
    for (char c : s.toCharArray()) {
      f.insert(c);
    }
    return f;
  }

  @Test
  void backspaceRemovesALetterWithItsCombiningMarkAtOnce() {
    // p̂ is p followed by U+0302 COMBINING CIRCUMFLEX ACCENT: one letter on screen, two chars in the text.
    AnswerField f = typed("1-p\u0302");
    f.backspace();
    assertThat(f.text()).isEqualTo("1-");
  }

  @Test
  void theCursorStepsOverALetterWithItsMarkAsOne() {
    AnswerField f = typed("x\u0303+1");
    f.home();
    f.move(1);
    assertThat(f.cursor()).isEqualTo(2);
    f.delete();
    assertThat(f.text()).isEqualTo("x\u03031");
  }

  @Test
  void aSelectedAnswerIsReplacedByTyping() {
    AnswerField f = new AnswerField();
    f.set("1,08");
    f.selectAll();
    f.insert('1');
    f.insert('.');
    f.insert('1');
    assertThat(f.text()).isEqualTo("1.1");
  }

  @Test
  void anArrowKeepsTheSelectedAnswerToEditIt() {
    AnswerField f = new AnswerField();
    f.set("1.08");
    f.selectAll();
    f.move(-1);
    f.insert('-');
    assertThat(f.text()).isEqualTo("-1.08");
  }

  @Test
  void backspaceOnASelectionClearsTheField() {
    AnswerField f = new AnswerField();
    f.set("1.00001073741824");
    f.selectAll();
    f.backspace();
    assertThat(f.text()).isEmpty();
  }

  @Test
  void selectingAnEmptyFieldSelectsNothing() {
    AnswerField f = new AnswerField();
    f.selectAll();
    assertThat(f.selected()).isFalse();
  }

  @Test
  void ctrlUAndCtrlKRemoveBeforeAndAfterTheCursor() {
    AnswerField f = typed("12345678901234");
    for (int i = 0; i < 4; i++) {
      f.move(-1);
    }
    f.killToStart();
    assertThat(f.text()).isEqualTo("1234");
    assertThat(f.cursor()).isZero();
    f.move(1);
    f.killToEnd();
    assertThat(f.text()).isEqualTo("1");
  }

  @Test
  void ctrlWRemovesTheWordBeforeTheCursorAndTheSpacesAfterIt() {
    AnswerField f = typed("1.2 1.64  ");
    f.killWord();
    assertThat(f.text()).isEqualTo("1.2 ");
    f.killWord();
    assertThat(f.text()).isEmpty();
  }

  @Test
  void nothingIsTypedPastTheLongestAnswer() {
    AnswerField f = typed("9".repeat(AnswerField.MAX_LENGTH + 5));
    assertThat(f.text()).hasSize(AnswerField.MAX_LENGTH);
  }
}
