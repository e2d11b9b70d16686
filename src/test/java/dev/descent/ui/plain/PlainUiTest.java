package dev.descent.ui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.ui.LessonMap;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain mode on the real lessons, with pages and questions named by problem id and found by
 * {@link LessonMap}. Lesson 1 ("update-rule") asks on its page "by-hand" for dL/dw of (w − 3)² and two steps
 * from w = 0 at η = 0.1 (slope −6, w₁ = 0.6); lesson 2's page "run-a" has the eight-row table of
 * w_k = 2 − 2·0.4^k and L = (w − 2)² + 1 (notes 004), asked to five significant digits.
 */
class PlainUiTest {
  private static final LessonMap ONE = LessonMap.of("update-rule");
  private static final String[] RIGHT_ROWS = {"1.2 1.64", "1.68 1.1024", "1.872 1.016384", "1.9488 1.00262144",
      "1.97952 1.0004194304", "1.991808 1.000067108864", "1.9967232 1.00001073741824",
      "1.99868928 1.0000017179869184"};

  @TempDir Path data;

  @Test
  void aNewLearnerGetsAShortIntroductionWithTheirIdAndWhereProgressIsKept() {
    PlainSession s = PlainSession.run(data, Optional.empty());
    assertThat(s.output()).contains("plain mode", "\"ann\"", ":hint", ":solution", ":quit", ":help shows this again")
        .contains(data.getFileName().toString())
        .contains("1. The update rule: not started.", "2. Eight steps by hand: not started.");
  }

  @Test
  void aLearnerWhoWasHereBeforeGetsOneLineAndHelpShowsTheIntroductionAgain() {
    PlainSession.run(data, Optional.of("update-rule"), "");
    PlainSession s = PlainSession.run(data, Optional.empty(), ":help");
    assertThat(s.output()).doesNotContain(":help shows this again").contains("Type :help for the commands.")
        .contains("Your progress is saved after every answer", ":solution  the worked solution");
  }

  @Test
  void aLearnerWhoComesBackIsOfferedTheLessonTheyWereIn() {
    PlainSession.at(data, "update-rule", "by-hand", "2(w-3)", ":quit");
    LessonMap three = LessonMap.of("sgd-step");
    PlainSession.at(data, "sgd-step", "linear", ":quit");
    PlainSession s = PlainSession.run(data, Optional.empty(), "", ":quit");
    assertThat(s.output()).contains("Welcome back: Enter goes on with One SGD step at page " + three.page("linear")
        + ", where you left it.", "(Enter opens " + three.number() + ")", "Lesson: One SGD step");
  }

  @Test
  void aLessonNumberOpensTheLessonAtItsFirstPage() {
    PlainSession s = PlainSession.run(data, Optional.empty(), "1");
    assertThat(s.output()).contains("Lesson: The update rule, " + ONE.pages() + " pages.",
        "Page 1 of " + ONE.pages() + ": " + ONE.title(1));
  }

  @Test
  void questionsAreNumberedThroughTheLesson() {
    PlainSession s = PlainSession.at(data, "update-rule", "diverge", "-3");
    assertThat(ONE.numberOf("diverge.factor")).as("questions come before this page").isGreaterThan(1);
    assertThat(s.output()).contains(ONE.label("diverge.factor") + ": What is the factor 1 − 2η");
  }

  @Test
  void aRightAnswerIsSaidInWordsFirst() {
    PlainSession s = PlainSession.at(data, "update-rule", "by-hand", "2(w-3)");
    assertThat(s.output()).contains("answer> Right.");
  }

  @Test
  void aWrongAnswerNamesTheMistakeAndAsksAgain() {
    PlainSession s = PlainSession.at(data, "update-rule", "by-hand", "w - 3");
    assertThat(s.output()).contains("answer> Wrong.", "factor 2", "Try again, or type :hint, :solution or :next.");
  }

  @Test
  void anUnreadableAnswerSaysSoAndDoesNotCount() {
    PlainSession s = PlainSession.at(data, "update-rule", "by-hand", "2(w-", ":solution");
    assertThat(s.output()).contains("Could not read the answer.")
        .contains("The worked solution opens after one attempt that counts.");
  }

  @Test
  void hintsComeOneAtATimeUntilThereAreNoMore() {
    PlainSession s = PlainSession.at(data, "update-rule", "by-hand", ":hint", ":hint", ":hint");
    assertThat(s.output()).contains("Hint 1 of 2: Differentiate", "Hint 2 of 2: By the chain rule",
        "No more hints: you have seen all 2.");
  }

  @Test
  void theLastAnswerIsShownWhenTheQuestionComesBack() {
    PlainSession.at(data, "update-rule", "by-hand", "w - 3");
    PlainSession s = PlainSession.run(data, Optional.of("update-rule"));
    assertThat(s.output()).contains("Your last answer: w - 3", "factor 2");
  }

  @Test
  void anEmptyTableIsNotAnAttemptAndKeepsTheSavedAnswer() {
    PlainSession.at(data, "eight-steps", "run-a", RIGHT_ROWS[0], RIGHT_ROWS[1], RIGHT_ROWS[2], "", "", "", "", "",
        ":quit");
    PlainSession s = PlainSession.at(data, "eight-steps", "run-a", "", "", "", "", "", "", "", "", ":quit");
    assertThat(s.output()).contains("The table is empty, so nothing was checked");
    assertThat(s.course().status("eight-steps", PlainSession.LEARNER).attempted()).isEqualTo(1);
    PlainSession after = PlainSession.at(data, "eight-steps", "run-a", ":quit");
    assertThat(after.output()).contains("step 3: 1.872 1.016384");
  }

  @Test
  void aTableIsMarkedOneLinePerRowAndAWrongRowKeepsItsValueUntilTheSolution() {
    // Row 4 slipped to w = 1.9; rows 5 to 8 follow from it: 1.96, 1.984, 1.9936, 1.99744, L = (w - 2)^2 + 1.
    PlainSession s = PlainSession.at(data, "eight-steps", "run-a", RIGHT_ROWS[0], RIGHT_ROWS[1],
        RIGHT_ROWS[2], "1.9 1.01", "1.96 1.0016", "1.984 1.000256", "1.9936 1.00004096", "1.99744 1.0000065536",
        ":solution", ":quit");
    String reply = s.output().substring(s.output().indexOf("Partly right"), s.output().indexOf("Worked solution"));
    assertThat(reply).containsOnlyOnce("Step 4:").contains("Step 4: wrong: w does not follow from your row above")
        .contains("Step 5: right given your row above.").doesNotContain("..", "1.9488");
    PlainSession again = PlainSession.at(data, "eight-steps", "run-a", ":quit");
    assertThat(again.output()).contains("w should be 1.9488 from your row above, not 1.9");
  }

  @Test
  void aTableStatesItsPrecisionAndHoldsIt() {
    PlainSession s = PlainSession.at(data, "eight-steps", "run-a", RIGHT_ROWS[0], RIGHT_ROWS[1],
        RIGHT_ROWS[2], "1.95 1.0025", RIGHT_ROWS[4], RIGHT_ROWS[5], RIGHT_ROWS[6], "2 1", ":quit");
    assertThat(s.output()).contains("Give at least 5 significant digits.")
        .contains("Step 4: wrong: w: close, but the question asks for 5 significant digits")
        .contains("Step 8: wrong");
  }

  @Test
  void theEndOfInputSavesAndQuitsCleanly() {
    PlainSession s = PlainSession.at(data, "update-rule", "by-hand", "2(w-3)");
    assertThat(s.course().saves.get()).isPositive();
    assertThat(s.output()).endsWith("Progress saved for learner ann. Run descent again to go on where you left off."
        + System.lineSeparator());
  }

  @Test
  void quitSavesAndStops() {
    PlainSession s = PlainSession.at(data, "update-rule", "by-hand", ":quit", "2(w-3)");
    assertThat(s.course().saves.get()).isPositive();
    assertThat(s.output()).doesNotContain("Right");
  }

  @Test
  void progressIsKeptForTheNextRun() {
    PlainSession.at(data, "update-rule", "by-hand", "2(w-3)");
    PlainSession again = PlainSession.run(data, Optional.empty(), "1");
    assertThat(again.output()).contains("1. The update rule: 1 of " + ONE.questions() + " right.")
        .contains("Going on from page " + ONE.page("by-hand") + ", where you left off.")
        .contains("You answered this one right before.");
  }

  @Test
  void anUnknownCommandIsNamed() {
    PlainSession s = PlainSession.at(data, "update-rule", "by-hand", ":hnit");
    assertThat(s.output()).contains("There is no command :hnit. Type :help for the list.");
  }

  @Test
  void neverPrintsAnEscapeCode() {
    PlainSession s = PlainSession.at(data, "update-rule", "by-hand", "w-3", ":hint", "2(w-3)", "-6", "", ":help");
    assertThat(s.output()).doesNotContain("\u001b");
  }

  @Test
  void anUnknownLessonNumberIsExplained() {
    PlainSession s = PlainSession.run(data, Optional.empty(), "70");
    assertThat(s.output()).contains("There is no lesson '70'. Type a number from 1 to " + s.course().lessons().size() + ", or :quit.");
  }

  @Test
  void warningsOfTheCourseAreShownOnce() {
    PlainSession.run(data, Optional.of("update-rule"), "");
    dev.descent.ui.LessonsCourse course = new dev.descent.ui.LessonsCourse(data);
    course.warnings.add("ann.json could not be used; it was kept as ann.json.corrupt");
    java.io.StringWriter out = new java.io.StringWriter();
    new PlainUi(course, "ann", new java.io.BufferedReader(new java.io.StringReader("1\n:lessons\n")),
        new java.io.PrintWriter(out, true)).run(Optional.empty());
    assertThat(out.toString()).containsOnlyOnce("Warning: ann.json could not be used; it was kept as ann.json.corrupt");
  }
}
