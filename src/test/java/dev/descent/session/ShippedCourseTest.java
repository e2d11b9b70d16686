package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.check.Value;
import dev.descent.check.TableModel;
import dev.descent.course.Question;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.OptimizerForm;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Schedule;
import dev.descent.engine.optim.Clipping;
import dev.descent.engine.optim.Trajectory;
import dev.descent.lesson.LessonFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped course loads cleanly and its answers are the worked numbers of the course notes and
 * of hand-worked examples; each defect of the content review that a number can show is pinned here.
 */
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
    return ((Value.Scalar) v.outcome(v.question(key)).answer()).value();
  }

  private static double[] vector(String lesson, String key) {
    LessonVariant v = lesson(lesson);
    return ((Value.Vector) v.outcome(v.question(key)).answer()).values();
  }

  private static String choice(String lesson, String key) {
    LessonVariant v = lesson(lesson);
    return v.outcome(v.question(key)).answer().show();
  }

  /** The text of the option a fixed or computed choice question takes as right. */
  private static String rightOptionText(String lesson, String key) {
    LessonVariant v = lesson(lesson);
    LessonVariant.Located l = v.question(key);
    String id = v.outcome(l).answer().show();
    Question q = v.view(l);
    for (int i = 0; i < l.question().choices().size(); i++) {
      if (l.question().choices().get(i).id().equals(id)) {
        return q.choices().get(i).text();
      }
    }
    throw new AssertionError("no option " + id + " in " + key);
  }

  /** Column {@code column} of a table question's true rows. */
  private static List<Double> tableColumn(String lesson, String key, int column) {
    LessonVariant v = lesson(lesson);
    TableModel m = ((Value.Table) v.outcome(v.question(key)).answer()).model();
    List<Double> out = new ArrayList<>();
    for (int r = 0; r < m.steps().size(); r++) {
      out.add(m.truth(r)[column]);
    }
    return out;
  }

  private static final Objective VALLEYS =
      Expression.parse("1 + sin(x) + cos(y) + (y + y^2 + x^2)/10").bind(List.of("x", "y"));

  /** Where a run of 1000 steps at eta 0.01 on the notes' function with several valleys ends. */
  private static double[] valleyRunEnd(String optimizer, Map<String, Double> settings, double x0, double y0) {
    Run run = new Run(VALLEYS, new double[] {x0, y0}, OptimizerForm.named(optimizer).make(settings), 0.01,
        new Schedule.Constant(), Clipping.none(), 1000);
    return Trajectory.of(run).last().point();
  }

  /** The first "(a, b)" in a text, with Unicode minus signs read as minus. */
  private static double[] pointIn(String text) {
    Matcher m = Pattern.compile("\\(([−\\-0-9.]+), ([−\\-0-9.]+)\\)").matcher(text);
    assertThat(m.find()).as("a point in '%s'", text).isTrue();
    return new double[] {Double.parseDouble(m.group(1).replace('−', '-')), Double.parseDouble(m.group(2).replace('−', '-'))};
  }

  @Test
  void everyFileLoadsWithoutProblemsInCourseOrder() {
    assertThat(course.problems()).isEmpty();
    assertThat(course.files()).extracting(LessonFile::id).containsExactly(
        "update-rule", "eight-steps", "sgd-step", "curvature", "beyond", "momentum", "adaptive", "schedules",
        "landscapes", "score-function",
        "eight-steps-homework", "sgd-homework", "curvature-homework", "newton-homework", "momentum-homework",
        "adaptive-homework", "schedules-homework", "landscapes-homework", "score-homework");
  }

  @Test
  void updateRuleTwoStepsOvershootAndDivergence() {
    assertThat(number("update-rule", "by-hand.w1")).isCloseTo(0.6, within(1e-12));
    assertThat(number("update-rule", "by-hand.w2")).isCloseTo(1.08, within(1e-12));
    assertThat(number("update-rule", "overshoot.w1")).isEqualTo(6);
    assertThat(number("update-rule", "diverge.w1")).isEqualTo(12);
    assertThat(number("update-rule", "diverge.w2")).isEqualTo(-24);
    assertThat(choice("update-rule", "predict-one.guess")).isEqualTo("oscillates");
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
  void rateOnePointFiveDivergesThroughWholeNumbersAndOnlyThreeRowsAreAsked() {
    assertThat(tableColumn("eight-steps", "run-b.table", 0)).containsExactly(6.0, -6.0, 18.0);
    assertThat(tableColumn("eight-steps", "run-b.table", 1)).containsExactly(17.0, 65.0, 257.0);
    assertThat(number("eight-steps", "run-b.factor")).isEqualTo(-2);
    assertThat(choice("eight-steps", "predict-b.guess")).startsWith("diverges");
  }

  @Test
  void rateFiveHundredthsNeeds51StepsForDistanceAnd29ForLossGap() {
    assertThat(number("eight-steps", "run-c.steps")).isEqualTo(51);
    assertThat(number("eight-steps", "run-c.gap")).isEqualTo(29);
  }

  @Test
  void oneSgdStepForEachModelAndTheNoiseOfABatch() {
    assertThat(number("sgd-step", "linear.err")).isEqualTo(-1);
    assertThat(number("sgd-step", "linear.grad")).isEqualTo(-2);
    assertThat(number("sgd-step", "linear.neww")).isCloseTo(0.2, within(1e-12));
    assertThat(number("sgd-step", "logistic.phat")).isEqualTo(0.5);
    assertThat(number("sgd-step", "logistic.grad")).isEqualTo(-0.5);
    assertThat(number("sgd-step", "logistic.neww")).isCloseTo(0.25, within(1e-12));
    assertThat(number("sgd-step", "batch.neww")).isCloseTo(0.9, within(1e-12));
    // Gradients -2, 2, 3, 1 at w = 1: mean 1, deviations -3, 1, 2, 0, so sigma^2 = 14/4 and sigma/sqrt(4).
    assertThat(number("sgd-step", "noise.var")).isCloseTo(3.5, within(1e-12));
    assertThat(number("sgd-step", "noise.sd4")).isCloseTo(Math.sqrt(3.5 / 4), within(1e-12));
  }

  @Test
  void conditionNumberOf5x2Plus13y2Is2Point6() {
    assertThat(number("curvature", "diag.hxx")).isEqualTo(10);
    assertThat(number("curvature", "diag.hyy")).isEqualTo(26);
    assertThat(number("curvature", "diag.kappa")).isCloseTo(2.6, within(1e-12));
    assertThat(vector("curvature", "diag.eig")).containsExactly(new double[] {10, 26}, within(1e-12));
    assertThat(number("curvature", "half.etaopt")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(number("curvature", "half.etamax")).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void theGuaranteeAgainstTheRealGapAndNewtonsStep() {
    // 2.5x^2 + 0.5y^2 from (3, -3) at eta = 1/5: f0 = 27, |g|^2 = 234, so f1 <= 27 - 234/10; real f1 = 0.5 * 2.4^2.
    assertThat(number("beyond", "bound.lemma")).isCloseTo(3.6, within(1e-12));
    assertThat(number("beyond", "bound.real1")).isCloseTo(2.88, within(1e-12));
    assertThat(number("beyond", "bound.b10")).isCloseTo(4.5, within(1e-12));
    assertThat(number("beyond", "bound.real")).isCloseTo(4.5 * Math.pow(0.64, 10), within(1e-12));
    assertThat(number("beyond", "rates.ratio")).isCloseTo(0.64, within(1e-12));
    assertThat(vector("beyond", "newton.x1")).containsExactly(new double[] {-1, 2}, within(1e-12));
    // P = H^-1 = diag(1/10, 1/26): from (1, 1) at alpha 0.5 halfway in; the plain step flies to (-4, -12).
    assertThat(vector("beyond", "precondition.pstep")).containsExactly(new double[] {0.5, 0.5}, within(1e-12));
    assertThat(vector("beyond", "precondition.plain")).containsExactly(new double[] {-4, -12}, within(1e-12));
    assertThat(number("beyond", "precondition.kappa")).isCloseTo(1, within(1e-12));
  }

  @Test
  void momentumItsThreeFormsAndNesterovAgreeWithTheHandWork() {
    assertThat(number("momentum", "momentum-hand.w2")).isCloseTo(1.84, within(1e-12));
    assertThat(number("momentum", "forms.polyak")).isCloseTo(1.84, within(1e-12));
    assertThat(number("momentum", "forms.u2")).isCloseTo(0.1 * 13.6, within(1e-12));
    assertThat(number("momentum", "nesterov-hand.w2")).isCloseTo(1.984, within(1e-12));
    // The look-ahead point's worked solution shows w1 - eta*beta*v1 = 3.2 - 0.1*0.9*8, not a bare name.
    LessonVariant v = lesson("momentum");
    assertThat(String.join("\n", v.solution(v.question("nesterov-hand.ahead")))).contains("3.2").contains("0.9")
        .contains("2.48");
    assertThat(number("momentum", "terminal.vinf")).isCloseTo(30, within(1e-12));
    assertThat(number("momentum", "stable.mlimit")).isCloseTo(0.15, within(1e-12));
    assertThat(choice("momentum", "stable.gd")).isEqualTo("diverges");
    assertThat(choice("momentum", "stable.mom")).isEqualTo("oscillating");
  }

  @Test
  void theRaceIsFairAndNesterovBlowsUpWhereHeavyBallConverges() {
    // GD at its best step 1/11, momentum and Nesterov at the same eta with beta 0.3 (review A3).
    Objective bowl = Expression.parse("x^2 + 10y^2").bind(List.of("x", "y"));
    double gd = Trajectory.of(Run.gradientDescent(bowl, new double[] {10, 1}, 1.0 / 11, 30)).last().loss();
    double mom = Trajectory.of(new Run(bowl, new double[] {10, 1}, OptimizerForm.named("momentum").make(Map.of("beta", 0.3)),
        1.0 / 11, new Schedule.Constant(), Clipping.none(), 30)).last().loss();
    assertThat(gd).isCloseTo(6.5e-4, within(0.1e-4));
    assertThat(mom).isCloseTo(1.1e-8, within(0.1e-8));
    assertThat(rightOptionText("momentum", "race-predict.best")).isEqualTo("momentum");
    assertThat(choice("momentum", "race-predict.nest")).isEqualTo("diverges");
    // a = eta*lambda = 20/11 lies above Nesterov's 2(1 + beta)/(1 + 2 beta) = 1.625 and below heavy ball's 2.6.
    assertThat(number("momentum", "nesterov-limit.nlimit")).isCloseTo(1.625, within(1e-12));
    assertThat(number("momentum", "nesterov-limit.a")).isGreaterThan(1.625).isLessThan(2.6);
  }

  @Test
  void handRunsOfAdaptiveMethodsUseEpsZeroSoTheirAnswersAreExact() {
    assertThat(number("adaptive", "adam-first.m1")).isCloseTo(0.2, within(1e-12));
    assertThat(number("adaptive", "adam-first.v1")).isCloseTo(0.004, within(1e-12));
    assertThat(number("adaptive", "adam-first.mhat1")).isCloseTo(2, within(1e-12));
    assertThat(number("adaptive", "adam-first.vhat1")).isCloseTo(4, within(1e-12));
    assertThat(number("adaptive", "adam-first.w1")).isEqualTo(0.5);
    assertThat(vector("adaptive", "adagrad-hand.p1")).containsExactly(0.9, 0.9);
    assertThat(number("adaptive", "bias.c10")).isCloseTo(1 - Math.pow(0.999, 10), within(1e-15));
    // Adam's second step at eta 0.5: m-hat = 0.28/0.19, v-hat = 0.004996/0.001999; "Adam moves eta" gives 0, far off.
    double ratio = (0.28 / 0.19) / Math.sqrt(0.004996 / 0.001999);
    assertThat(number("adaptive", "adam-second.w2")).isCloseTo(0.5 - 0.5 * ratio, within(1e-12)).isGreaterThan(0.03);
    // AdamW shrinks the untouched weight by 1 - eta*lambda; Adam with L2 moves it a full eta.
    assertThat(vector("adaptive", "adamw.adamw")).containsExactly(new double[] {1.88, 1.98}, within(1e-12));
    assertThat(vector("adaptive", "adamw.l2")).containsExactly(new double[] {1.9, 1.9}, within(1e-12));
  }

  @Test
  void theClippedStepUsesTheRunsRateAndClippingCostsSpeed() {
    assertThat(vector("schedules", "first-step.free")).containsExactly(new double[] {-9, -0.6}, within(1e-12));
    double n = Math.sqrt(15 * 15 + 3 * 3);
    assertThat(vector("schedules", "first-step.clipped"))
        .containsExactly(new double[] {3 - 0.8 * 15 / n, -3 + 0.8 * 3 / n}, within(1e-12));
    assertThat(rightOptionText("schedules", "clip-predict.lower")).startsWith("the unclipped run");
    assertThat(number("schedules", "rattle.big")).isCloseTo(1.5, within(1e-12));
    assertThat(number("schedules", "restart.k51")).isCloseTo(0.1 * (1 + Math.cos(Math.PI / 50)) / 2, within(1e-12));
  }

  @Test
  void eachValleyChoiceNamesWhereTheEnginesRunEnds() {
    Map<String, double[]> runs = Map.of(
        "valley.from-origin", valleyRunEnd("gd", Map.of(), 0, 0),
        "valley.from-42", valleyRunEnd("gd", Map.of(), 4, 2),
        "momentum-valley.gd10", valleyRunEnd("gd", Map.of(), 10, 10),
        "momentum-valley.mom10", valleyRunEnd("momentum-velocity", Map.of("mu", 0.95), 10, 10),
        "momentum-valley.mom42", valleyRunEnd("momentum-velocity", Map.of("mu", 0.95), 4, 2));
    runs.forEach((key, end) -> assertThat(end).as(key)
        .containsExactly(pointIn(rightOptionText("landscapes", key)), within(0.01)));
    // The notes' numbers: (0, 0) ends near (-1.31, -2.69) and (4, 2) near (3.84, 2.50).
    assertThat(runs.get("valley.from-origin")).containsExactly(new double[] {-1.31, -2.69}, within(0.01));
    assertThat(runs.get("valley.from-42")).containsExactly(new double[] {3.84, 2.50}, within(0.01));
  }

  @Test
  void theSaddleHasEigenvaluesOfBothSignsAndNewtonIsDrawnToIt() {
    double[] eig = vector("landscapes", "saddle.eig");
    assertThat(eig[0]).isCloseTo(0.2 - Math.cos(0.1254), within(1e-9)).isNegative();
    assertThat(eig[1]).isCloseTo(0.2 - Math.sin(-1.3064), within(1e-9)).isPositive();
    double y = number("landscapes", "newton-saddle.newton");
    assertThat(Math.abs(y - 0.1254)).isLessThan(Math.abs(0.3 - 0.1254));
    assertThat(number("landscapes", "newton-saddle.gd")).isGreaterThan(0.3);
  }

  @Test
  void reinforceClimbsTheBaselineKeepsTheMeanAndTheNaturalGradientIgnoresTheFlatSigmoid() {
    assertThat(number("score-function", "score.mean")).isCloseTo(0, within(1e-15));
    LessonVariant v = lesson("score-function");
    double theta = v.bindings(v.question("score.update").problem()).values().get("theta");
    double r = v.bindings(v.question("score.update").problem()).values().get("R");
    double p = 1 / (1 + Math.exp(-theta));
    assertThat(number("score-function", "score.update")).isCloseTo(theta + 0.1 * r * (1 - p), within(1e-12));
    assertThat(number("score-function", "baseline.mean")).isCloseTo(0.5, within(1e-12));
    assertThat(number("score-function", "baseline.var0")).isCloseTo(4, within(1e-12));
    assertThat(number("score-function", "baseline.var4")).isCloseTo(0, within(1e-12));
    double p3 = 1 / (1 + Math.exp(-3));
    assertThat(number("score-function", "fisher.F")).isCloseTo(p3 * (1 - p3), within(1e-12));
    assertThat(number("score-function", "fisher.natural")).isCloseTo(1, within(1e-12));
  }
}
