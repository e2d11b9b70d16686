package dev.descent.ui.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a field or table cell shows of its text: the start when left, the cursor's part while typing. */
class AnswerFieldWindowTest {

  private static AnswerField typed(String text) {
    AnswerField f = new AnswerField();
    for (char c : text.toCharArray()) {
      f.insert(c);
    }
    return f;
  }

  @Test
  void aCellNotBeingEditedShowsTheLeadingDigits() {
    // the walkthrough saw [.000067108864 ] and [0001073741824 ] for these two, which read as other numbers
    assertThat(typed("1.000067108864").window(14, false).text()).isEqualTo("1.000067108864");
    assertThat(typed("1.00001073741824").window(14, false).text()).isEqualTo("1.00001073741…");
  }

  @Test
  void whileEditingTheTextScrollsSoThatTheCursorShows() {
    AnswerField f = typed("1.00001073741824");
    AnswerField.Window w = f.window(14, true);
    assertThat(w.text()).isEqualTo("0001073741824");
    assertThat(w.cursor()).isEqualTo(13);
    f.home();
    assertThat(f.window(14, true).text()).isEqualTo("1.000010737418");
    assertThat(f.window(14, true).cursor()).isZero();
  }

  @Test
  void theCursorColumnCountsALetterWithItsMarkAsOneColumn() {
    AnswerField f = typed("p\u0302 = 0.5");
    AnswerField.Window w = f.window(20, true);
    assertThat(w.text()).isEqualTo("p\u0302 = 0.5");
    assertThat(w.cursor()).isEqualTo(7);
  }
}
