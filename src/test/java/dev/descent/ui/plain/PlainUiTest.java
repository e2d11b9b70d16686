package dev.descent.ui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.ui.FakeCourse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainUiTest {

  @Test
  void showsTheCommandsOnceAndTheLessonsWithTheirProgress() {
    PlainSession s = PlainSession.run(new FakeCourse(), Optional.empty());
    assertThat(s.output()).contains(":hint", ":solution", ":quit")
        .contains("1. The update rule: not started.", "2. Gradients in two variables: not started.");
  }

  @Test
  void aLessonNumberOpensTheLessonAtItsFirstPage() {
    PlainSession s = PlainSession.run(new FakeCourse(), Optional.empty(), "1");
    assertThat(s.output()).contains("Lesson: The update rule, 4 pages.", "Page 1 of 4: Downhill",
        "    w <- w - eta * dL/dw");
  }

  @Test
  void aDisplayIsDrawnAsText() {
    PlainSession s = PlainSession.inLessonOne();
    assertThat(s.output()).contains("Gradient descent on (w - 1)^2:").containsPattern("3 +0\\.488 +0\\.262144");
  }

  @Test
  void aRightAnswerIsSaidInWordsFirst() {
    PlainSession s = PlainSession.inLessonOne("0.2");
    assertThat(s.output()).contains("answer> Right: w1 = 0.2.");
  }

  @Test
  void aWrongAnswerNamesTheMistakeAndAsksAgain() {
    PlainSession s = PlainSession.inLessonOne("-0.2");
    assertThat(s.output()).contains("answer> Wrong: it looks like you added the gradient instead of subtracting it.")
        .contains("Try again, or type :hint, :solution or :next.");
  }

  @Test
  void anUnreadableAnswerSaysSoAndDoesNotCount() {
    PlainSession s = PlainSession.inLessonOne("banana", ":solution");
    assertThat(s.output()).contains("Could not read 'banana' as a number.")
        .contains("The worked solution opens after one attempt that counts.");
  }

  @Test
  void hintsComeOneAtATimeUntilThereAreNoMore() {
    PlainSession s = PlainSession.inLessonOne(":hint", ":hint", ":hint");
    assertThat(s.output()).contains("Hint 1 of 2: dL/dw = 2(w - 1)", "Hint 2 of 2: w1 = w0 - eta * dL/dw.",
        "No more hints: you have seen all 2.");
  }

  @Test
  void theSolutionOpensAfterOneAttempt() {
    PlainSession s = PlainSession.inLessonOne(":solution", "2", ":solution");
    assertThat(s.output()).contains("The worked solution opens after one attempt that counts.")
        .contains("Wrong: it looks like you forgot the learning rate.")
        .contains("Worked solution:", "w1 = w0 - eta * dL/dw = 0 - 0.1 * (-2) = 0.2");
  }

  @Test
  void aTableIsTypedRowByRowAndEachRowIsMarked() {
    // from the wrong w1 = -0.2: w2 = -0.2 - 0.1 * 2(-0.2 - 1) = 0.04, w3 = 0.04 - 0.1 * 2(0.04 - 1) = 0.232
    PlainSession s = PlainSession.inLessonOne("0.2", "a", "", "-0.2 1.44", "0.04 0.9216", "0.232 0.589824");
    assertThat(s.output()).contains("Columns: w, L. Given, step 0: w = 0, L = 1.")
        .contains("Partly right")
        .contains("Step 1: wrong: it looks like you added the gradient instead of subtracting it.")
        .contains("Step 2: right from your row above")
        .contains("Step 3: right from your row above");
  }

  @Test
  void theEndOfInputSavesAndQuitsCleanly() {
    PlainSession s = PlainSession.inLessonOne("0.2");
    assertThat(s.course().saves.get()).isPositive();
    assertThat(s.output()).endsWith("Progress saved for learner ann. Run descent again to go on where you left off."
        + System.lineSeparator());
  }

  @Test
  void quitSavesAndStops() {
    PlainSession s = PlainSession.inLessonOne(":quit", "0.2");
    assertThat(s.course().saves.get()).isPositive();
    assertThat(s.output()).doesNotContain("Right");
  }

  @Test
  void progressIsKeptForTheNextRun() {
    FakeCourse course = new FakeCourse();
    PlainSession.run(course, Optional.of("update-rule"), "", "", "0.2");
    PlainSession again = PlainSession.run(course, Optional.empty(), "1");
    assertThat(again.output()).contains("1. The update rule: 1 of 3 right.")
        .contains("Going on from page 3, where you left off.")
        .contains("You answered this one right before.");
  }

  @Test
  void anUnknownCommandIsNamed() {
    PlainSession s = PlainSession.inLessonOne(":hnit");
    assertThat(s.output()).contains("There is no command :hnit. Type :help for the list.");
  }

  @Test
  void neverPrintsAnEscapeCode() {
    PlainSession s = PlainSession.inLessonOne("-0.2", ":hint", "0.2", "a", "", "0.2 0.64", "1 1", "", ":help");
    assertThat(s.output()).doesNotContain("\u001b");
  }

  @Test
  void anUnknownLessonNumberIsExplained() {
    PlainSession s = PlainSession.run(new FakeCourse(), Optional.empty(), "7");
    assertThat(s.output()).contains("There is no lesson '7'. Type a number from 1 to 2, or :quit.");
  }

  @Test
  void warningsOfTheCourseAreShownOnce() {
    FakeCourse course = new FakeCourse();
    course.warnings.add("ann.json could not be used; it was kept as ann.json.corrupt");
    PlainSession s = PlainSession.run(course, Optional.empty(), "1", ":lessons");
    assertThat(s.output()).containsOnlyOnce("Warning: ann.json could not be used; it was kept as ann.json.corrupt");
  }
}
