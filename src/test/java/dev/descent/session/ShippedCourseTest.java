package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.check.Answer;
import dev.descent.check.TableModel;
import dev.descent.lesson.LessonFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped course loads cleanly and its answers are the worked numbers of the course notes. */
class ShippedCourseTest {

  private static CourseLoader.Loaded course;

  @BeforeAll
  static void load() {
    course = CourseLoader.load(List.of(Path.of("lessons"), Path.of("exercises")));
  }

  private static LessonVariant lesson(String id) {
    LessonFile f = course.files().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return new LessonVariant(f, "test");
  }

  private static double number(String lesson, String key) {
    LessonVariant v = lesson(lesson);
    return ((Answer.Scalar) v.outcome(v.question(key)).answer()).value();
  }

  private static double[] vector(String lesson, String key) {
    LessonVariant v = lesson(lesson);
    return ((Answer.Vector) v.outcome(v.question(key)).answer()).values();
  }

  private static String choice(String lesson, String key) {
    LessonVariant v = lesson(lesson);
    return v.outcome(v.question(key)).answer().show();
  }

  /** Column {@code column} of a table question's true rows. */
  private static List<Double> tableColumn(String lesson, String key, int column) {
    LessonVariant v = lesson(lesson);
    TableModel m = ((Answer.Table) v.outcome(v.question(key)).answer()).model();
    List<Double> out = new ArrayList<>();
    for (int r = 0; r < m.steps().size(); r++) {
      out.add(m.truth(r)[column]);
    }
    return out;
  }

  @Test
  void everyFileLoadsWithoutProblems() {
    assertThat(course.problems()).isEmpty();
    assertThat(course.files()).extracting(LessonFile::id).containsExactly(
        "update-rule", "eight-steps", "sgd-step", "curvature", "momentum", "adaptive", "schedules", "beyond",
        "eight-steps-homework", "sgd-homework", "curvature-homework", "adaptive-homework");
  }

  @Test
  void updateRuleTwoStepsOvershootAndDivergence() {
    assertThat(number("update-rule", "by-hand.w1")).isCloseTo(0.6, within(1e-12));
    assertThat(number("update-rule", "by-hand.w2")).isCloseTo(1.08, within(1e-12));
    assertThat(number("update-rule", "overshoot.w1")).isEqualTo(6);
    assertThat(number("update-rule", "diverge.w1")).isEqualTo(12);
    assertThat(number("update-rule", "diverge.w2")).isEqualTo(-24);
  }

  @Test
  void eightStepsAtRatePointThreeEndAt1Point99868928() {
    assertThat(tableColumn("eight-steps", "run-a.table", 0)).satisfiesExactly(
        w -> assertThat(w).isCloseTo(1.2, within(1e-12)),
        w -> assertThat(w).isCloseTo(1.68, within(1e-12)),
        w -> assertThat(w).isCloseTo(1.872, within(1e-12)),
        w -> assertThat(w).isCloseTo(1.9488, within(1e-12)),
        w -> assertThat(w).isCloseTo(1.97952, within(1e-12)),
        w -> assertThat(w).isCloseTo(1.991808, within(1e-12)),
        w -> assertThat(w).isCloseTo(1.9967232, within(1e-12)),
        w -> assertThat(w).isCloseTo(1.99868928, within(1e-12)));
    assertThat(choice("eight-steps", "predict-a.guess")).startsWith("converges");
  }

  @Test
  void rateOnePointFiveDivergesThroughWholeNumbers() {
    assertThat(tableColumn("eight-steps", "run-b.table", 0))
        .containsExactly(6.0, -6.0, 18.0, -30.0, 66.0, -126.0, 258.0, -510.0);
    assertThat(tableColumn("eight-steps", "run-b.table", 1))
        .containsExactly(17.0, 65.0, 257.0, 1025.0, 4097.0, 16385.0, 65537.0, 262145.0);
    assertThat(number("eight-steps", "run-b.factor")).isEqualTo(-2);
    assertThat(choice("eight-steps", "predict-b.guess")).startsWith("diverges");
  }

  @Test
  void rateFiveHundredthsNeeds51StepsForDistanceAnd29ForLossGap() {
    assertThat(number("eight-steps", "run-c.steps")).isEqualTo(51);
    assertThat(number("eight-steps", "run-c.gap")).isEqualTo(29);
  }

  @Test
  void oneSgdStepForEachModel() {
    assertThat(number("sgd-step", "linear.err")).isEqualTo(-1);
    assertThat(number("sgd-step", "linear.grad")).isEqualTo(-2);
    assertThat(number("sgd-step", "linear.neww")).isCloseTo(0.2, within(1e-12));
    assertThat(number("sgd-step", "logistic.phat")).isEqualTo(0.5);
    assertThat(number("sgd-step", "logistic.grad")).isEqualTo(-0.5);
    assertThat(number("sgd-step", "logistic.neww")).isCloseTo(0.25, within(1e-12));
    assertThat(number("sgd-step", "batch.neww")).isCloseTo(0.9, within(1e-12));
  }

  @Test
  void conditionNumberOf5x2Plus13y2Is2Point6() {
    assertThat(number("curvature", "diag.kappa")).isCloseTo(2.6, within(1e-12));
    assertThat(vector("curvature", "diag.eig")).containsExactly(new double[] {10, 26}, within(1e-12));
    assertThat(number("curvature", "half.etaopt")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(number("curvature", "half.etamax")).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void momentumAndNesterovPartAtTheSecondStep() {
    assertThat(number("momentum", "momentum-hand.w2")).isCloseTo(1.84, within(1e-12));
    assertThat(number("momentum", "nesterov-hand.w2")).isCloseTo(1.984, within(1e-12));
  }

  @Test
  void adamFirstCorrectedMomentsAreGradientAndItsSquare() {
    assertThat(number("adaptive", "adam-1.m1")).isCloseTo(0.2, within(1e-12));
    assertThat(number("adaptive", "adam-1.v1")).isCloseTo(0.004, within(1e-12));
    assertThat(number("adaptive", "adam-1.mhat1")).isCloseTo(2, within(1e-12));
    assertThat(number("adaptive", "adam-1.vhat1")).isCloseTo(4, within(1e-12));
    assertThat(number("adaptive", "bias.c10")).isCloseTo(1 - Math.pow(0.999, 10), within(1e-15));
  }

  @Test
  void newtonBoundAndTheTwoLocalMinima() {
    assertThat(vector("beyond", "newton.x1")).containsExactly(new double[] {-1, 2}, within(1e-12));
    assertThat(number("beyond", "bound.b10")).isCloseTo(4.5, within(1e-12));
    assertThat(number("beyond", "start-a.x")).isCloseTo(-1.31, within(0.01));
    assertThat(number("beyond", "start-a.y")).isCloseTo(-2.69, within(0.01));
    assertThat(number("beyond", "start-b.x")).isCloseTo(3.84, within(0.01));
    assertThat(number("beyond", "start-b.y")).isCloseTo(2.50, within(0.01));
    assertThat(number("beyond", "score.mean")).isCloseTo(0, within(1e-15));
  }
}
