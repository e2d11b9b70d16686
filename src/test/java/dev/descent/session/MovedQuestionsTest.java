package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.LessonSession;
import dev.descent.progress.LearnerProgress;
import dev.descent.progress.ProgressStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner who answered questions before the course was reworked finds those answers where the questions
 * are now, judged again there. Hand-worked: the mean score p(1 − p) + (1 − p)(−p) is 0 for every θ; the
 * Hessian of 5x² + 13y² is diag(10, 26); Adam's first step from w = 1 moves by η, so w₁ = 0.9 at the old
 * η = 0.1 but 0.5 at the new η = 0.5, while m₁ = 0.1·2 = 0.2 at either.
 */
class MovedQuestionsTest {
  private static final Instant THEN = Instant.parse("2026-11-01T10:00:00Z");
  private static CourseLoader.Loaded lessons;

  @TempDir Path data;

  @BeforeAll
  static void load() {
    lessons = CourseLoader.load(List.of(Path.of("lessons")));
  }

  private FileCourse returning() {
    ProgressStore store = ProgressStore.open(data);
    LearnerProgress before = new LearnerProgress("ann");
    before.lesson("beyond").question("score.mean").recordAttempt("0", true, null, THEN);
    before.lesson("curvature").question("diag.h").recordAttempt("10 0; 0 26", true, null, THEN);
    before.lesson("adaptive").question("adam-1.w1").recordAttempt("0.9", true, null, THEN);
    before.lesson("adaptive").question("adam-1.m1").recordAttempt("0.2", true, null, THEN);
    before.lesson("adaptive").question("adam-1.g1").recordAttempt("5", false, null, THEN);
    before.lesson("adaptive").question("adam-first.g1").recordAttempt("2", true, null, THEN);
    store.save(before);
    return new FileCourse(lessons, ProgressStore.open(data));
  }

  private static String last(LessonSession s, String key) {
    return s.lastAnswer(key).map(a -> a.text()).orElse("(none)");
  }

  @Test
  void anAnswerFollowsItsQuestionToAnotherLesson() {
    FileCourse course = returning();
    LessonSession s = course.open("score-function", "ann");
    assertThat(last(s, "score.mean")).isEqualTo("0");
    assertThat(course.status("score-function", "ann").solved()).isEqualTo(1);
  }

  @Test
  void aMatrixAnsweredWholeFillsTheEntriesNowAskedOneByOne() {
    LessonSession s = returning().open("curvature", "ann");
    assertThat(last(s, "diag.hxx")).isEqualTo("10");
    assertThat(last(s, "diag.hyy")).isEqualTo("26");
    assertThat(s.lastAnswer("diag.hxx").orElseThrow().reply().isRight()).isTrue();
  }

  @Test
  void aRenamedQuestionIsJudgedAgainWithItsNewNumbers() {
    LessonSession s = returning().open("adaptive", "ann");
    assertThat(s.lastAnswer("adam-first.m1").orElseThrow().reply().isRight()).isTrue();
    assertThat(last(s, "adam-first.w1")).isEqualTo("0.9");
    assertThat(s.lastAnswer("adam-first.w1").orElseThrow().reply().isRight()).isFalse();
  }

  @Test
  void anAnswerGivenAtTheNewPlaceIsKept() {
    LessonSession s = returning().open("adaptive", "ann");
    assertThat(last(s, "adam-first.g1")).isEqualTo("2");
  }
}
