package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.PracticeRound;
import dev.descent.lesson.LessonFile;
import dev.descent.progress.ProgressStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Practice to mastery on lesson 3's "linear-more" (a linear SGD step with drawn numbers w0, x, y, eta), each
 * round answered with values worked from the closed form: error = w0*x - y, gradient = error*x,
 * new w = w0 - eta*gradient.
 */
class PracticeTest {
  private static CourseLoader.Loaded lessons;

  @TempDir Path data;

  @BeforeAll
  static void load() {
    lessons = CourseLoader.load(List.of(Path.of("lessons")));
  }

  private FileCourse course() {
    return new FileCourse(lessons, ProgressStore.open(data));
  }

  private PracticeRound round() {
    return course().practice("sgd-step", "linear-more", "ann");
  }

  /** The round's numbers, as the learner reads them on the page. */
  private Map<String, Double> numbers(PracticeRound r) {
    LessonFile f = course().file("sgd-step");
    LessonVariant v = new LessonVariant(f, PracticeSession.variantLearner("ann", "linear-more", r.round()));
    return v.bindings(PracticeSession.problemOf(f, "linear-more")).values();
  }

  /** Answers every question of the round right; a hint first when {@code hint}. */
  private PracticeRound.Standing answered(boolean hint) {
    PracticeRound r = round();
    Map<String, Double> n = numbers(r);
    double error = n.get("w0") * n.get("x") - n.get("y");
    double gradient = error * n.get("x");
    if (hint) {
      r.nextHint("linear-more.grad");
    }
    r.answer("linear-more.err", Double.toString(error));
    r.answer("linear-more.grad", Double.toString(gradient));
    r.answer("linear-more.neww", Double.toString(n.get("w0") - n.get("eta") * gradient));
    assertThat(r.done()).isTrue();
    return r.finish();
  }

  @Test
  void threeRoundsRightInARowReachMastery() {
    assertThat(answered(false)).isEqualTo(new PracticeRound.Standing(true, 1, false));
    assertThat(answered(false)).isEqualTo(new PracticeRound.Standing(true, 2, false));
    assertThat(answered(false)).isEqualTo(new PracticeRound.Standing(true, 3, true));
  }

  @Test
  void aHintResetsTheCount() {
    answered(false);
    answered(false);
    assertThat(answered(true)).isEqualTo(new PracticeRound.Standing(false, 0, false));
    answered(false);
    assertThat(answered(false)).isEqualTo(new PracticeRound.Standing(true, 2, false));
    assertThat(answered(false)).isEqualTo(new PracticeRound.Standing(true, 3, true));
  }

  @Test
  void aWrongAnswerResetsTheCountAndDrawsTheNextRoundAtOnceEvenIfTheLearnerLeaves() {
    answered(false);
    PracticeRound r = round();
    r.answer("linear-more.err", "1000");
    assertThat(course().practice("sgd-step", "linear-more", "ann").round()).isEqualTo(3);
    assertThat(answered(false)).isEqualTo(new PracticeRound.Standing(true, 1, false));
  }

  @Test
  void eachRoundDrawsNewNumbersAndARoundInProgressComesBackTheSame() {
    Map<String, Double> first = numbers(round());
    assertThat(numbers(round())).isEqualTo(first);
    assertThat(round().round()).isEqualTo(1);
    java.util.Set<Map<String, Double>> seen = new java.util.HashSet<>();
    for (int i = 0; i < 6; i++) {
      seen.add(numbers(round()));
      answered(i % 2 == 0);
    }
    assertThat(seen).hasSizeGreaterThan(1);
  }

  @Test
  void withoutAProblemTheFirstWithDrawnNumbersIsPractised() {
    assertThat(course().practice("sgd-step", null, "ann").title()).contains("other numbers");
  }
}
