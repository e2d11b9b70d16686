package dev.descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Feedback;
import dev.descent.course.Feedback.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VerdictsTest {

  private static Feedback feedback(Verdict v, String headline) {
    return new Feedback(v, headline, List.of(), null, 0, List.of());
  }

  @Test
  void sentenceStartsWithTheVerdictWord() {
    assertThat(Verdicts.sentence(feedback(Verdict.WRONG, "You added the gradient.")))
        .isEqualTo("Wrong. You added the gradient.");
  }

  @Test
  void sentenceDoesNotRepeatAWordTheHeadlineAlreadySays() {
    assertThat(Verdicts.sentence(feedback(Verdict.RIGHT, "Right: w1 = 0.2."))).isEqualTo("Right: w1 = 0.2.");
  }

  @Test
  void notRightIsSaidAsWrongOnce() {
    assertThat(Verdicts.sentence(feedback(Verdict.WRONG, "Not right."))).isEqualTo("Wrong.");
    assertThat(Verdicts.sentence(feedback(Verdict.WRONG, "Not right: no row is right yet.")))
        .isEqualTo("Wrong: no row is right yet.");
  }

  @Test
  void sentenceOfABlankHeadlineIsTheWordAlone() {
    assertThat(Verdicts.sentence(feedback(Verdict.PARTLY, " "))).isEqualTo("Partly right.");
  }

  @Test
  void aTableRowIsSaidInOneSentenceWithItsValuesOnlyWhenTheReplyHasThem() {
    Feedback.RowMark wrong = new Feedback.RowMark(4, Feedback.RowVerdict.WRONG, "w does not follow from your row above.",
        "w should be 1.9488 from your row above, not 1.9.");
    assertThat(Verdicts.row(wrong)).isEqualTo("wrong: w does not follow from your row above. w should be 1.9488 from "
        + "your row above, not 1.9.");
    assertThat(Verdicts.row(wrong.withoutValues())).isEqualTo("wrong: w does not follow from your row above.");
    assertThat(Verdicts.row(new Feedback.RowMark(5, Feedback.RowVerdict.CARRIED, "right given your row above", "")))
        .isEqualTo("right given your row above");
    assertThat(Verdicts.row(new Feedback.RowMark(6, Feedback.RowVerdict.MISSING, "", ""))).isEqualTo("not filled in");
    assertThat(Verdicts.row(new Feedback.RowMark(1, Feedback.RowVerdict.RIGHT, "", ""))).isEqualTo("right");
  }

  @ParameterizedTest
  @EnumSource(Verdict.class)
  void everyVerdictHasAWordAndASymbol(Verdict v) {
    assertThat(Verdicts.word(v)).isNotBlank();
    assertThat(Verdicts.symbol(v)).hasSize(1);
  }
}
