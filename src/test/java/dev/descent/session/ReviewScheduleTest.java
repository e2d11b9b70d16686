package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.LessonSession;
import dev.descent.progress.ProgressStore;
import dev.descent.progress.ReviewCard;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review schedule with a clock the test sets, on lesson 3's fixed problems ("linear": w = 0, x = 2, y = 1,
 * eta = 0.1, by hand error = -1, gradient = -2, new w = 0.2, and adding the step gives -0.2; "logistic": w = 0,
 * x = 1, y = 1, eta = 0.5, p_hat = 0.5, new w = 0 - 0.5 * (-0.5) = 0.25). Boxes 1, 2, 3 come back after 1, 3
 * and 7 days.
 */
class ReviewScheduleTest {
  private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");
  private static CourseLoader.Loaded lessons;

  @TempDir Path data;
  private final SettableClock clock = new SettableClock(T0);

  @BeforeAll
  static void load() {
    lessons = CourseLoader.load(List.of(Path.of("lessons")));
  }

  private FileCourse course() {
    return new FileCourse(lessons, ProgressStore.open(data), clock);
  }

  private Map<String, ReviewCard> cards() {
    return ProgressStore.open(data).load("ann").progress().lesson("sgd-step").review();
  }

  private void at(int days) {
    clock.set(T0.plus(Duration.ofDays(days)));
  }

  /** Reviews what is due now with {@code typed} for the question; returns how many were due. */
  private int review(String typed) {
    LessonSession s = course().review("sgd-step", "ann");
    int due = s.pages().size();
    if (due > 0) {
      s.answer("linear.err", typed);
    }
    return due;
  }

  @Test
  void aQuestionAnsweredWrongComesBackAfterOneThreeAndSevenDaysThenRetires() {
    course().open("sgd-step", "ann").answer("linear.err", "1");
    assertThat(cards().get("linear.err").due()).isEqualTo(T0.plus(Duration.ofDays(1)));
    clock.set(T0.plus(Duration.ofHours(12)));
    assertThat(review("-1")).isZero();
    at(1);
    assertThat(course().status("sgd-step", "ann").due()).isEqualTo(1);
    assertThat(review("-1")).isEqualTo(1);
    assertThat(cards().get("linear.err").box()).isEqualTo(2);
    assertThat(cards().get("linear.err").due()).isEqualTo(T0.plus(Duration.ofDays(4)));
    at(3);
    assertThat(review("-1")).isZero();
    at(4);
    assertThat(review("-1")).isEqualTo(1);
    assertThat(cards().get("linear.err").box()).isEqualTo(3);
    assertThat(cards().get("linear.err").due()).isEqualTo(T0.plus(Duration.ofDays(11)));
    at(11);
    assertThat(review("-1")).isEqualTo(1);
    assertThat(cards()).doesNotContainKey("linear.err");
  }

  @Test
  void aWrongReviewGoesBackToBoxOne() {
    course().open("sgd-step", "ann").answer("linear.err", "1");
    at(1);
    review("-1");
    at(4);
    review("5");
    assertThat(cards().get("linear.err").box()).isEqualTo(1);
    assertThat(cards().get("linear.err").due()).isEqualTo(T0.plus(Duration.ofDays(5)));
  }

  @Test
  void aHintBeforeTheAnswerDoesNotMoveTheCardUp() {
    course().open("sgd-step", "ann").answer("linear.err", "1");
    at(1);
    LessonSession s = course().review("sgd-step", "ann");
    s.nextHint("linear.err");
    s.answer("linear.err", "-1");
    assertThat(cards().get("linear.err").box()).isEqualTo(1);
  }

  @Test
  void aNamedMistakeMadeTwiceBringsBackTheQuestionsWhereItCanHappen() {
    LessonSession s = course().open("sgd-step", "ann");
    s.answer("logistic.neww", "0.25");
    s.answer("linear.grad", "-2");
    s.answer("linear.neww", "-0.2");
    assertThat(cards()).containsOnlyKeys("linear.neww");
    s.answer("linear.neww", "-0.2");
    assertThat(cards()).containsOnlyKeys("linear.neww", "logistic.neww");
  }
}
