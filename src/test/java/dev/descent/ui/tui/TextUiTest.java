package dev.descent.ui.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.descent.ui.LessonMap;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-screen course on the real lessons: lists, pages, replies, help, colours, resizing and the
 * event loop. Pages and questions are named by problem id and found by {@link LessonMap}. Lesson 1
 * ("update-rule") asks on its page "by-hand" for dL/dw of (w − 3)² (2(w − 3); "w − 3" drops the factor 2) and
 * two steps from w = 0 at η = 0.1 (slope −6, w₁ = 0.6, slope −4.8, w₂ = 1.08); "predict-one" asks to predict
 * η = 1 (c: it oscillates for ever); "diverge" asks the factor 1 − 2η at η = 2 (−3), w₁ = 12 and w₂ = −24.
 */
class TextUiTest {
  private static final LessonMap ONE = LessonMap.of("update-rule");
  private static final String DLDW = ONE.label("by-hand.dldw");

  @TempDir Path data;

  @Test
  void aNewLearnerFirstSeesHowDescentWorksUnderWhichIdAndWhereProgressIsKept() {
    VirtualUi v = VirtualUi.start(data);
    assertThat(v.screen()).contains("Welcome to descent", "\"ann\"", "Ctrl-X quit")
        .contains(data.getFileName().toString());
    // the guide's text, its status line and its footer say the same key
    assertThat(v.flat()).contains("Press Enter to start", "Press Enter to go on", "Enter go on")
        .doesNotContain("any key");
    v.keys(KeyType.Enter);
    assertThat(v.screen()).contains("1. The update rule", "not started");
    v.ctrl('g');
    assertThat(v.screen()).contains("How descent works", "\"ann\"");
  }

  @Test
  void aLearnerWhoWasHereBeforeGoesStraightToTheList() {
    VirtualUi first = VirtualUi.start(data).keys(KeyType.Enter, KeyType.Enter).ctrl('x');
    assertThat(first.ui.done()).isTrue();
    assertThat(first.again().screen()).doesNotContain("Welcome to descent").contains("1. The update rule");
  }

  @Test
  void aLearnerWhoComesBackIsToldWhereEnterGoesOn() {
    VirtualUi first = VirtualUi.at(data, "update-rule", "predict-one").ctrl('x');
    assertThat(first.again().status()).isEqualTo("Welcome back: Enter goes on with The update rule at page "
        + ONE.page("predict-one") + ", where you left it.");
  }

  @Test
  void aLearnerWhoComesBackFindsTheLessonTheyWereInSelected() {
    VirtualUi.at(data, "update-rule", "by-hand").answer("2(w-3)").ctrl('x');
    LessonMap three = LessonMap.of("sgd-step");
    VirtualUi.at(data, "sgd-step", "linear").ctrl('x');
    VirtualUi again = VirtualUi.start(data);
    assertThat(again.screen()).contains("▸  " + three.number() + ". One SGD step");
    assertThat(again.status()).isEqualTo("Welcome back: Enter goes on with One SGD step at page "
        + three.page("linear") + ", where you left it.");
    again.keys(KeyType.Enter);
    assertThat(again.screen()).contains("One SGD step · " + three.header("linear"));
  }

  @Test
  void aLearnerWhoFinishedTheLessonTheyWereInIsOfferedTheNextOne() {
    dev.descent.ui.LessonsCourse.finished(data, VirtualUi.LEARNER, "update-rule");
    VirtualUi v = VirtualUi.start(data);
    assertThat(v.screen()).contains("▸  2. Eight steps by hand");
    assertThat(v.status()).isEqualTo("Welcome back: Enter starts Eight steps by hand.");
  }

  @Test
  void quittingAfterASaveThatFailedIsReportedSoTheFarewellCannotSayProgressWasSaved() throws Exception {
    java.nio.file.Files.writeString(data.resolve("learners"), "a file where the learners folder should be");
    VirtualUi v = VirtualUi.learn(data, "1", true).keys(KeyType.Enter).ctrl('n');
    assertThat(v.screen()).contains("cannot be saved");
    v.keys(KeyType.Enter).ctrl('x');
    assertThat(v.ui.done()).isTrue();
    assertThat(v.ui.saved()).isFalse();
    assertThat(new dev.descent.ui.Settings(0, true, data).farewell("ann", v.ui.saved()))
        .startsWith("Progress could not be saved for learner ann in " + data).doesNotContain("Progress saved");
  }

  /**
   * A save that fails (the learners folder replaced by a file, as a read-only or full disk fails) puts a notice
   * over the lesson; the learner, already typing the next answer, loses no key to it: the notice closes and
   * the key goes to the answer, and the answer given before the failure still shows.
   */
  @Test
  void aKeyTypedAsASaveFailureNoticeComesUpGoesIntoTheAnswer() throws Exception {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand");
    try (var files = java.nio.file.Files.walk(data.resolve("learners"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    java.nio.file.Files.writeString(data.resolve("learners"), "a file where the learners folder should be");
    v.answer("2(w-3)");
    assertThat(v.flat()).contains("Your progress cannot be saved", "You can go on reading and answering");
    v.type("-6");
    assertThat(v.screen()).doesNotContain("cannot be saved").contains("Answer: [2(w-3)", "Answer: [-6");
    v.keys(KeyType.Enter);
    assertThat(v.screen()).contains("Answer: [-6").doesNotContain("cannot be saved", "Wrong");
    v.ctrl('x');
    assertThat(v.ui.saved()).isFalse();
  }

  @Test
  void theLessonListShowsEveryLessonWithItsProgressAndTheLearner() {
    VirtualUi v = VirtualUi.start(data).keys(KeyType.Enter);
    assertThat(v.screen()).contains("1. The update rule", "2. Eight steps by hand", "not started", "learner ann")
        .contains("Enter open", "^G help", "^X quit");
  }

  @Test
  void typingALessonsNumberSelectsItEvenPastNine() {
    VirtualUi v = VirtualUi.start(data).keys(KeyType.Enter).type("3");
    assertThat(v.screen()).contains("▸  3. ");
    int last = v.course.lessons().size();
    v.type(String.valueOf(last));
    assertThat(last).as("the course has ten lessons or more").isGreaterThanOrEqualTo(10);
    assertThat(v.screen()).contains("▸ " + last + ". " + v.course.lessons().get(last - 1).title());
    v.keys(KeyType.Enter);
    assertThat(v.screen()).contains(v.course.lessons().get(last - 1).title() + " · page 1 of");
  }

  @Test
  void enterOpensTheSelectedLessonAtPageOne() {
    VirtualUi v = VirtualUi.start(data).keys(KeyType.Enter, KeyType.Enter);
    assertThat(v.screen()).contains("The update rule · page 1 of " + ONE.pages(), ONE.title(1));
  }

  @Test
  void onAPageWithNothingToAnswerEnterAndTheArrowsTurnPages() {
    VirtualUi v = VirtualUi.at(data, "update-rule", ONE.title(1)).keys(KeyType.Enter, KeyType.ArrowRight, KeyType.ArrowLeft);
    assertThat(v.screen()).contains("page 2 of " + ONE.pages(), "The update rule");
  }

  @Test
  void ctrlNAndCtrlPTurnPagesFromAnyPage() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand").ctrl('n');
    int page = ONE.page("by-hand");
    assertThat(v.screen()).contains("page " + (page + 1) + " of " + ONE.pages());
    v.ctrl('p').ctrl('p');
    assertThat(v.screen()).contains("page " + (page - 1) + " of " + ONE.pages());
  }

  @Test
  void questionsAreNumberedThroughTheLesson() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "diverge");
    assertThat(ONE.numberOf("diverge.factor")).as("questions come before this page").isGreaterThan(1);
    assertThat(v.screen()).contains(ONE.label("diverge.factor"), ONE.label("diverge.w2"))
        .doesNotContain("Question 1 of");
  }

  @Test
  void aWrongAnswerShowsTheVerdictAndTheNamedMistake() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand").answer("w - 3");
    assertThat(v.question(DLDW)).contains("✗ Wrong.", "factor 2");
  }

  @Test
  void aRightAnswerMarksTheNextQuestionAndTypingGoesThere() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand").answer("2(w-3)").answer("-6");
    assertThat(v.question(DLDW)).contains("✓ answered right", "✓ Right.");
    assertThat(v.question(ONE.label("by-hand.g0"))).contains("[-6", "✓ Right.");
    assertThat(v.question("▸ " + ONE.label("by-hand.w1"))).doesNotContain("Right");
  }

  @Test
  void lettersOfAnAnswerAreNeverCommands() {
    // Item 4: "sqrt(2)" once asked for the solution (s) and quit (q); "pi/4" turned back a page (p).
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand").type("sqrt(2) pi/4 hnlq?");
    assertThat(v.ui.done()).isFalse();
    assertThat(v.screen()).contains(ONE.header("by-hand"), "[sqrt(2) pi/4 hnlq?").doesNotContain("Worked solution", "Hint 1");
  }

  @Test
  void aChoiceIsAnsweredByTypingItsLetter() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "predict-one").answer("c");
    assertThat(v.screen()).contains("[c", "✓ Right.");
  }

  @Test
  void onAPageWithNothingToAnswerALetterSaysSoAndDoesNothing() {
    VirtualUi v = VirtualUi.at(data, "update-rule", ONE.title(1)).type("q");
    assertThat(v.ui.done()).isFalse();
    assertThat(v.status()).contains("nothing to answer on this page");
  }

  @Test
  void quittingWithAnAnswerTypedButNotCheckedAsksFirst() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand").type("2(w-3").ctrl('x');
    assertThat(v.ui.done()).isFalse();
    assertThat(v.status()).contains("Press y to quit without checking question 1's answer");
    v.type(")");
    assertThat(v.ui.done()).isFalse();
    assertThat(v.screen()).contains("[2(w-3)");
    v.ctrl('x').type("y");
    assertThat(v.ui.done()).isTrue();
  }

  @Test
  void quittingWithNothingUncheckedQuitsAtOnceAndSaves() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand").answer("2(w-3)").ctrl('x');
    assertThat(v.ui.done()).isTrue();
    assertThat(v.course.saves.get()).isPositive();
  }

  @Test
  void ctrlCQuitsToo() {
    VirtualUi v = VirtualUi.at(data, "update-rule", ONE.title(3)).ctrl('c');
    assertThat(v.ui.done()).isTrue();
  }

  @Test
  void ctrlTShowsTheNextHint() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand").ctrl('t');
    assertThat(v.screen()).contains("Hint 1 of 2: Differentiate (w − 3)² like u²");
  }

  @Test
  void ctrlROpensTheWorkedSolutionOnlyAfterAnAttempt() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand").ctrl('r');
    assertThat(v.status()).contains("The worked solution opens after one attempt that counts");
    v.answer("w - 3").ctrl('r');
    assertThat(v.screen()).contains("Worked solution:");
  }

  @Test
  void progressShowsInTheListTheNextTimeAndTheLessonResumesWithTheAnswerInItsField() {
    VirtualUi first = VirtualUi.at(data, "update-rule", "by-hand").answer("2(w-3)").ctrl('x');
    VirtualUi again = first.again();
    assertThat(again.screen()).contains("1 of " + ONE.questions() + " right");
    again.keys(KeyType.Enter);
    assertThat(again.screen()).contains(ONE.header("by-hand"), "[2(w-3)", "✓ Right.");
  }

  @Test
  void ctrlGShowsEveryKeyAndAnyOtherKeyGoesBack() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand").ctrl('g');
    assertThat(v.screen()).contains("How descent works", "Ctrl-N");
    v.resize(100, 80);
    assertThat(v.screen()).contains("Ctrl-T", "Ctrl-R", "Ctrl-U", "Space ,");
    v.keys(KeyType.Escape);
    assertThat(v.screen()).contains(ONE.header("by-hand"));
  }

  @Test
  void theFooterAlwaysShowsHowToCheckGetHelpAndQuit() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand").resize(40, 12);
    assertThat(v.rows().get(11)).contains("Enter check", "^G help", "^X quit");
  }

  @Test
  void verdictsAreColouredByDefault() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand").answer("w - 3");
    assertThat(v.cellOf("✗ Wrong").getForegroundColor()).isEqualTo(TextColor.ANSI.RED);
  }

  @Test
  void withoutColourVerdictsKeepTheDefaultColours() {
    VirtualUi.at(data, "update-rule", "by-hand").ctrl('x');
    VirtualUi v = VirtualUi.learn(data, "update-rule", false).answer("w - 3");
    assertThat(v.cellOf("✗ Wrong").getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
    assertThat(v.cellOf("descent ·").getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
  }

  @Test
  void aResizeReflowsTheTextToTheNewWidth() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "The update rule").resize(60, 20);
    assertThat(v.rows()).hasSize(20).allSatisfy(r -> assertThat(r).hasSize(60));
    assertThat(v.rows().subList(1, 19)).allSatisfy(r -> assertThat(r.charAt(59)).isEqualTo(' '));
    assertThat(v.screen()).contains("Gradient descent repeats one move over and over");
  }

  @Test
  void longPagesSayThereIsMoreAndPageDownShowsIt() {
    VirtualUi v = VirtualUi.at(data, "update-rule", ONE.title(1), 60, 12);
    assertThat(v.status()).contains("↓ more below");
    v.keys(KeyType.PageDown, KeyType.PageDown, KeyType.PageDown, KeyType.PageDown);
    assertThat(v.flat()).contains("The gradient ∇L lists the partial derivative");
  }

  @Test
  void pageDownScrollsPastTheMarkedQuestionToTheEndOfThePage() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand", 40, 15).ctrl('t').ctrl('t');
    for (int i = 0; i < 30 && v.status().contains("more below"); i++) {
      v.keys(KeyType.PageDown);
    }
    assertThat(v.status()).doesNotContain("more below");
    assertThat(v.flat()).contains("What is w after the second step?");
    v.type("2");
    assertThat(v.screen()).contains("Answer: [2");
  }

  @Test
  void aWarningThatAppearsOnOpeningALessonIsShownBeforeTheLesson() {
    VirtualUi v = VirtualUi.start(data).keys(KeyType.Enter);
    v.course.warnings.add("ann.json could not be used; it was kept as ann.json.corrupt");
    v.keys(KeyType.Enter);
    assertThat(v.screen()).contains("ann.json could not be used", "Press Enter to go on.");
    v.keys(KeyType.Enter);
    assertThat(v.screen()).contains("page 1 of " + ONE.pages());
  }

  @Test
  void theLessonListShowsTheCoursesWarnings() {
    VirtualUi first = VirtualUi.at(data, "update-rule", ONE.title(1));
    first.course.warnings.add("lessons/09-broken.json:3:5: unknown field \"hint\"");
    first.ctrl('l');
    assertThat(first.screen()).contains("Please note:", "09-broken.json:3:5");
  }

  @Test
  void theEventLoopEndsWhenInputEndsAndSaves() throws Exception {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand");
    int before = v.course.saves.get();
    EventQueue events = new EventQueue();
    events.post(new Event.Key(new KeyStroke('2', false, false)));
    events.post(new Event.InputClosed());
    v.ui.run(events);
    assertThat(v.ui.done()).isTrue();
    assertThat(v.course.saves.get()).isGreaterThan(before);
  }

  @Test
  void anErrorInTheEventLoopStillSavesAndReachesTheCaller() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand");
    int before = v.course.saves.get();
    v.course.answerFails = new IllegalStateException("checker bug");
    EventQueue events = new EventQueue();
    for (KeyStroke k : List.of(new KeyStroke('1', false, false), new KeyStroke(KeyType.Enter))) {
      events.post(new Event.Key(k));
    }
    assertThatThrownBy(() -> v.ui.run(events)).hasMessage("checker bug");
    assertThat(v.course.saves.get()).isGreaterThan(before);
  }
}
