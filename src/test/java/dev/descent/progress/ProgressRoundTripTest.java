package dev.descent.progress;

import static dev.descent.progress.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.descent.course.LessonStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressRoundTripTest {
  @TempDir
  Path data;

  private QuestionProgress savedAndLoaded(String question) {
    ProgressStore.open(data).save(Fixtures.alice());
    return ProgressStore.open(data).load("alice").progress().lesson("gd-basics").question(question);
  }

  @Test
  void aFirstLoadIsFreshWithoutWarningsAndCreatesNothing() {
    LoadResult loaded = ProgressStore.open(data.resolve("new")).load("alice");
    assertThat(loaded.progress().lessons()).isEmpty();
    assertThat(loaded.warnings()).isEmpty();
    assertThat(data.resolve("new")).doesNotExist();
  }

  @Test
  void theFileIsNamedAfterTheLearnerUnderLearners() {
    ProgressStore.open(data).save(Fixtures.alice());
    assertThat(data.resolve("learners/alice.json")).isRegularFile();
  }

  @Test
  void aLearnerFileStaysInTheLearnersDirectory() {
    assertThat(ProgressStore.open(data).fileOf("../../etc/passwd").getParent()).isEqualTo(data.resolve("learners"));
  }

  @Test
  void attemptsSurvive() {
    assertThat(savedAndLoaded("one-step").attempts()).isEqualTo(3);
  }

  @Test
  void hintsUsedSurvive() {
    assertThat(savedAndLoaded("one-step").hintsUsed()).isEqualTo(1);
  }

  @Test
  void solvedSurvives() {
    assertThat(savedAndLoaded("one-step").solved()).isTrue();
  }

  @Test
  void solutionShownSurvives() {
    assertThat(savedAndLoaded("eight-steps").solutionShown()).isTrue();
  }

  @Test
  void namedMistakesSurviveInTheOrderTheyWereFirstMade() {
    assertThat(savedAndLoaded("one-step").mistakes()).containsExactly(entry("sign-flip", 1), entry("forgot-rate", 1));
  }

  @Test
  void theLastTypedAnswerSurvives() {
    assertThat(savedAndLoaded("one-step").lastAnswer()).contains(new TypedAnswer.Text("0.25"));
  }

  @Test
  void theLastTableAnswerSurvivesRowByRow() {
    assertThat(savedAndLoaded("eight-steps").lastAnswer())
        .contains(new TypedAnswer.Table(List.of(List.of("1", "0.6"), List.of("2", "0.96"))));
  }

  @Test
  void firstAndLastAttemptTimesSurvive() {
    QuestionProgress q = savedAndLoaded("one-step");
    assertThat(q.firstAttempt()).contains(at(0));
    assertThat(q.lastAttempt()).contains(at(120));
  }

  @Test
  void thePageAndTheLastVisitSurvive() {
    ProgressStore.open(data).save(Fixtures.alice());
    LessonProgress lesson = ProgressStore.open(data).load("alice").progress().lesson("gd-basics");
    assertThat(lesson.page()).isEqualTo(2);
    assertThat(lesson.lastVisited()).contains(at(600));
  }

  @Test
  void savingWhatWasLoadedWritesTheSameBytes() throws IOException {
    ProgressStore.open(data).save(Fixtures.alice());
    byte[] first = Files.readAllBytes(data.resolve("learners/alice.json"));
    ProgressStore store = ProgressStore.open(data);
    store.save(store.load("alice").progress());
    assertThat(data.resolve("learners/alice.json")).hasBinaryContent(first);
  }

  @Test
  void recordsAreKeyedByLessonIdAndQuestionIdNotByPosition() {
    ProgressStore.open(data).save(Fixtures.alice());
    assertThat(Fixtures.json(data.resolve("learners/alice.json"))
        .at("/lessons/gd-basics/questions/one-step/attempts").intValue()).isEqualTo(3);
  }

  @Test
  void reorderingAndInsertingQuestionsLeavesTheStandingUnchanged() {
    ProgressStore.open(data).save(Fixtures.alice());
    LessonProgress lesson = ProgressStore.open(data).load("alice").progress().lesson("gd-basics");
    assertThat(lesson.status(List.of("new-question", "eight-steps", "one-step")))
        .isEqualTo(new LessonStatus(1, 2, 3, 2));
  }

  @Test
  void questionsNoLongerInTheLessonAreNotCounted() {
    assertThat(Fixtures.alice().lesson("gd-basics").status(List.of("one-step")))
        .isEqualTo(new LessonStatus(1, 1, 1, 2));
  }

  @Test
  void anUnopenedLessonIsUntouched() {
    assertThat(new LearnerProgress("alice").lesson("adam").status(List.of("q1", "q2")).untouched()).isTrue();
  }

  @Test
  void lessonsOnlyLookedAtAreNotWritten() {
    LearnerProgress alice = Fixtures.alice();
    alice.lesson("adam").question("q1");
    ProgressStore.open(data).save(alice);
    assertThat(Fixtures.json(data.resolve("learners/alice.json")).at("/lessons").has("adam")).isFalse();
  }

  /** Every field of the record differs from its default (descent writes no field that holds its default). */
  @Test
  void lessonsTheCourseNoLongerHasAreWrittenBackUntouched() throws IOException {
    Path file = data.resolve("learners/alice.json");
    Files.createDirectories(file.getParent());
    String retired = "{\"page\": 4, \"lastVisited\": \"2024-05-01T10:00:00Z\", \"questions\": {\"old-q\": "
        + "{\"attempts\": 7, \"hintsUsed\": 2, \"solutionShown\": true, \"mistakes\": "
        + "{\"zeta\": 3, \"alpha\": 1}, \"lastAnswer\": [[\"1\"]], \"firstAttempt\": \"2024-05-01T09:00:00Z\", "
        + "\"lastAttempt\": \"2024-05-01T09:59:00Z\"}}}";
    Files.writeString(file, "{\"formatVersion\": 1, \"learner\": \"alice\", \"lessons\": {\"retired\": " + retired
        + "}}");
    ProgressStore store = ProgressStore.open(data);
    LearnerProgress alice = store.load("alice").progress();
    alice.lesson("gd-basics").question("one-step").recordAttempt("1", true, null, at(0));
    store.save(alice);
    assertThat(Fixtures.json(file).at("/lessons/retired")).isEqualTo(Fixtures.json(retired));
    assertThat(Fixtures.json(file).at("/lessons/retired/questions/old-q/mistakes").fieldNames())
        .toIterable().containsExactly("zeta", "alpha");
  }
}
