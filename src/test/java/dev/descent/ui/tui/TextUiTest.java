package dev.descent.ui.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.descent.ui.FakeCourse;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextUiTest {

  @Test
  void theLessonListShowsEveryLessonWithItsProgress() {
    VirtualUi v = VirtualUi.started();
    assertThat(v.screen()).contains("1. The update rule", "2. Gradients in two variables", "not started")
        .contains("Enter open", "q quit");
  }

  @Test
  void enterOpensTheSelectedLessonAtPageOne() {
    VirtualUi v = VirtualUi.started().keys(KeyType.Enter);
    assertThat(v.screen()).contains("The update rule · page 1 of 4", "Downhill", "w <- w - eta * dL/dw")
        .contains("READING");
    assertThat(v.course.visits).containsExactly(0);
  }

  @Test
  void theArrowKeysTurnPagesAndEachPageIsVisited() {
    VirtualUi v = VirtualUi.started().keys(KeyType.Enter, KeyType.ArrowRight, KeyType.ArrowRight, KeyType.ArrowLeft);
    assertThat(v.screen()).contains("page 2 of 4", "0.488");
    assertThat(v.course.visits).containsExactly(0, 1, 2, 1);
  }

  @Test
  void aWrongAnswerShowsTheVerdictAndTheNamedMistake() {
    VirtualUi v = VirtualUi.atQuestions().keys(KeyType.Tab).type("-0.2").keys(KeyType.Enter);
    assertThat(v.screen()).contains("✗ Wrong: it looks like you added the gradient instead of")
        .contains("ANSWERING");
  }

  @Test
  void aRightAnswerAfterAWrongOneShowsTheRightVerdict() {
    VirtualUi v = VirtualUi.atQuestions().keys(KeyType.Tab).type("-0.2").keys(KeyType.Enter);
    v.keys(KeyType.Backspace, KeyType.Backspace, KeyType.Backspace, KeyType.Backspace).type("0.2").keys(KeyType.Enter);
    assertThat(v.screen()).contains("✓ Right: w1 = 0.2.").doesNotContain("✗ Wrong");
  }

  @Test
  void typingADigitWhileReadingStartsTheAnswer() {
    VirtualUi v = VirtualUi.atQuestions().type("0.2").keys(KeyType.Enter);
    assertThat(v.screen()).contains("✓ Right: w1 = 0.2.");
  }

  @Test
  void lettersTypedIntoAnAnswerAreTextNotCommands() {
    VirtualUi v = VirtualUi.atQuestions().keys(KeyType.Tab).type("qhs?");
    assertThat(v.ui.done()).isFalse();
    assertThat(v.screen()).contains("[qhs?").doesNotContain("Hint 1");
  }

  @Test
  void afterARightAnswerTheNextQuestionTakesTheTyping() {
    VirtualUi v = VirtualUi.atQuestions().type("0.2").keys(KeyType.Enter).type("a").keys(KeyType.Enter);
    assertThat(v.screen()).contains("✓ Right: w went from 0 to 0.2, towards 1.")
        .contains("Every question on this page is answered right");
  }

  @Test
  void hShowsTheNextHint() {
    VirtualUi v = VirtualUi.atQuestions().type("h");
    assertThat(v.screen()).contains("Hint 1: dL/dw = 2(w - 1), so at w0 = 0 the gradient is -2.");
  }

  @Test
  void sBeforeAnyAttemptSaysTheSolutionOpensLater() {
    VirtualUi v = VirtualUi.atQuestions().type("s");
    assertThat(v.screen()).contains("The worked solution opens after one attempt that counts");
  }

  @Test
  void sAfterAnAttemptShowsTheWorkedSolution() {
    VirtualUi v = VirtualUi.atQuestions().type("2").keys(KeyType.Enter, KeyType.Escape).type("s");
    assertThat(v.screen()).contains("Worked solution:", "w1 = w0 - eta * dL/dw = 0 - 0.1 * (-2) = 0.2");
  }

  @Test
  void aTableIsAGridAndEachRowIsMarked() {
    VirtualUi v = VirtualUi.atQuestions().keys(KeyType.ArrowRight, KeyType.Tab);
    // from the wrong w1 = -0.2: w2 = -0.2 - 0.1 * 2(-0.2 - 1) = 0.04, w3 = 0.04 - 0.1 * 2(0.04 - 1) = 0.232
    v.type("-0.2").keys(KeyType.Tab).type("1.44").keys(KeyType.Tab).type("0.04").keys(KeyType.Tab).type("0.9216")
        .keys(KeyType.Tab).type("0.232").keys(KeyType.Tab).type("0.589824").keys(KeyType.Enter);
    assertThat(v.screen()).contains("~ Partly right", "✗ wrong", "↳ right from your row above")
        .contains("(it looks like you added the gradient");
  }

  @Test
  void arrowsMoveBetweenTableCells() {
    VirtualUi v = VirtualUi.atQuestions().keys(KeyType.ArrowRight, KeyType.Tab).type("1")
        .keys(KeyType.ArrowDown).type("2").keys(KeyType.ArrowRight).type("3");
    assertThat(v.screen()).containsPattern("1 +\\[1 +\\] \\[ +\\]").containsPattern("2 +\\[2 +\\] \\[3 +\\]");
  }

  @Test
  void aResizeReflowsTheTextToTheNewWidth() {
    VirtualUi v = VirtualUi.inLesson("update-rule", true).resize(60, 20);
    assertThat(v.rows()).hasSize(20).allSatisfy(r -> assertThat(r).hasSize(60));
    assertThat(v.rows().subList(1, 19)).allSatisfy(r -> assertThat(r.charAt(59)).isEqualTo(' '));
    assertThat(v.screen()).contains("The gradient points uphill. Gradient descent takes a step")
        .contains("the other way, scaled by the learning rate eta:");
  }

  @Test
  void aDisplayIsDrawnAgainForTheNewWidth() {
    VirtualUi v = VirtualUi.inLesson("update-rule", true).keys(KeyType.ArrowRight).resize(60, 20);
    assertThat(v.screen()).contains("0.488", "0.262144");
    assertThat(v.rows().subList(1, 19)).allSatisfy(r -> assertThat(r.charAt(59)).isEqualTo(' '));
  }

  @Test
  void qQuitsAndSavesProgress() {
    VirtualUi v = VirtualUi.atQuestions().type("q");
    assertThat(v.ui.done()).isTrue();
    assertThat(v.course.saves.get()).isPositive();
  }

  @Test
  void ctrlCQuitsAndSavesEvenWhileTyping() {
    VirtualUi v = VirtualUi.atQuestions().keys(KeyType.Tab).type("0.").ctrl('c');
    assertThat(v.ui.done()).isTrue();
    assertThat(v.course.saves.get()).isPositive();
  }

  @Test
  void progressShowsInTheListTheNextTimeAndTheLessonResumesWhereItWasLeft() {
    VirtualUi first = VirtualUi.atQuestions().type("0.2").keys(KeyType.Enter, KeyType.Escape).type("q");
    VirtualUi again = VirtualUi.again(first.course);
    assertThat(again.screen()).contains("1 of 3 right");
    again.keys(KeyType.Enter);
    assertThat(again.screen()).contains("page 3 of 4", "✓ Right: w1 = 0.2.");
  }

  @Test
  void questionMarkShowsEveryKeyAndAnyKeyGoesBack() {
    VirtualUi v = VirtualUi.atQuestions().type("?");
    assertThat(v.screen()).contains("Esc", "stop typing", "worked solution");
    v.keys(KeyType.Escape);
    assertThat(v.screen()).contains("page 3 of 4");
  }

  @Test
  void theFooterAlwaysShowsHowToQuitAndGetHelp() {
    VirtualUi v = VirtualUi.atQuestions().resize(40, 12);
    String footer = v.rows().get(11);
    assertThat(footer).contains("? keys", "q quit");
  }

  @Test
  void verdictsAreColouredByDefault() {
    VirtualUi v = VirtualUi.atQuestions().type("-0.2").keys(KeyType.Enter);
    assertThat(v.cellOf("✗ Wrong").getForegroundColor()).isEqualTo(TextColor.ANSI.RED);
  }

  @Test
  void withoutColourVerdictsKeepTheDefaultColours() {
    VirtualUi v = VirtualUi.inLesson("update-rule", false).keys(KeyType.ArrowRight, KeyType.ArrowRight)
        .type("-0.2").keys(KeyType.Enter);
    assertThat(v.cellOf("✗ Wrong").getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
    assertThat(v.cellOf("descent ·").getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
  }

  @Test
  void longPagesSayThereIsMoreAndPageDownShowsIt() {
    VirtualUi v = VirtualUi.atQuestions().resize(60, 12);
    assertThat(v.screen()).contains("↓ more below").doesNotContain("b) away from the minimum");
    v.keys(KeyType.PageDown);
    assertThat(v.screen()).contains("b) away from the minimum");
  }

  @Test
  void linesWiderThanTheWindowScrollSideways() {
    VirtualUi v = VirtualUi.inLesson("update-rule", true).keys(KeyType.ArrowRight).resize(30, 20);
    assertThat(v.screen()).contains("< > scroll sideways").contains("-1.0").doesNotContain("-1.024");
    v.type(">");
    assertThat(v.screen()).contains("-1.024");
  }

  @Test
  void aWarningThatAppearsOnOpeningALessonIsShownBeforeTheLesson() {
    VirtualUi v = VirtualUi.started();
    v.course.warnings.add("ann.json could not be used; it was kept as ann.json.corrupt");
    v.keys(KeyType.Enter);
    assertThat(v.screen()).contains("ann.json could not be used", "Press Enter to go on.");
    v.keys(KeyType.Enter);
    assertThat(v.screen()).contains("page 1 of 4");
  }

  @Test
  void theLessonListShowsTheCoursesWarnings() {
    FakeCourse course = new FakeCourse();
    course.warnings.add("lessons/09-broken.json:3:5: unknown field \"hint\"");
    VirtualUi v = VirtualUi.again(course);
    assertThat(v.screen()).contains("Please note:", "09-broken.json:3:5");
  }

  @Test
  void theEventLoopEndsWhenInputEndsAndSaves() throws Exception {
    VirtualUi v = VirtualUi.atQuestions();
    EventQueue events = new EventQueue();
    events.post(new Event.Key(new KeyStroke('h', false, false)));
    events.post(new Event.InputClosed());
    v.ui.run(events);
    assertThat(v.ui.done()).isTrue();
    assertThat(v.course.saves.get()).isPositive();
  }

  @Test
  void anErrorInTheEventLoopStillSavesAndReachesTheCaller() {
    VirtualUi v = VirtualUi.atQuestions();
    v.course.answerFails = new IllegalStateException("checker bug");
    EventQueue events = new EventQueue();
    for (KeyStroke k : List.of(new KeyStroke('1', false, false), new KeyStroke(KeyType.Enter))) {
      events.post(new Event.Key(k));
    }
    assertThatThrownBy(() -> v.ui.run(events)).hasMessage("checker bug");
    assertThat(v.course.saves.get()).isPositive();
  }
}
