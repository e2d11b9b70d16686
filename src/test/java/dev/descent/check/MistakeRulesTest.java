package dev.descent.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Feedback;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Each usual mistake rule, typed as a learner would: the wrong value, worked out by hand from the
 * wrong rule (shown in the comments), must be named as that mistake, and the right value accepted.
 */
class MistakeRulesTest {

  private static final String GD = "{\"compute\": \"trajectory\", \"f\": \"w^2 - 4w + 5\", \"start\": {\"w\": 0}, "
      + "\"eta\": 0.3, \"step\": %d, \"take\": \"w\"}";

  // L = w^2 - 4w + 5, w0 = 0, eta = 0.3, g = 2w - 4. Right: w1 = 1.2, w2 = 1.68, w3 = 1.872.
  @ParameterizedTest(name = "step {0}: {1} is {2}")
  @CsvSource({
      "1, -1.2, added-gradient",        // 0 + 0.3*(-4)
      "1, 4, forgot-learning-rate",     // 0 - (-4)
      "2, 2.04, dropped-two",           // w1 = 1.2, then 1.2 - 0.3*(1.2 - 4)
      "2, 0.72, added-gradient",        // last step only: 1.2 + 0.3*(2.4 - 4)
      "2, -3.12, added-gradient",       // every step: -1.2 + 0.3*(-2.4 - 4)
      "2, 1.2, one-step-too-few",
      "2, 1.872, one-step-too-many",
  })
  void gradientDescentSlips(int step, String typed, String mistake) {
    Drill d = Drill.of("number", GD.formatted(step));
    assertThat(d.mistake(typed)).isEqualTo(mistake);
  }

  @Test
  void gradientDescentRightValues() {
    assertThat(Drill.of("number", GD.formatted(2)).right("1.68")).isTrue();
    assertThat(Drill.of("number", GD.formatted(3)).right("1.872")).isTrue();
  }

  private static String run(String optimizer, String extra, int step, String take) {
    return "{\"compute\": \"trajectory\", \"f\": \"w^2\", \"start\": {\"w\": 1}, \"eta\": 0.1, \"optimizer\": \"" + optimizer
        + "\"" + extra + ", \"step\": " + step + ", \"take\": \"" + take + "\"}";
  }

  @Test
  void momentumSlips() {
    // Right w2 = 0.46 (v1 = 2, v2 = 3.4). Plain GD: 0.8 then 0.64. Averaged velocity v <- 0.9v + 0.1g:
    // v1 = 0.2, w1 = 0.98, v2 = 0.376, w2 = 0.9424.
    Drill d = Drill.of("number", run("momentum", "", 2, "w"));
    assertThat(d.right("0.46")).isTrue();
    assertThat(d.mistake("0.64")).isEqualTo("forgot-momentum");
    assertThat(d.mistake("0.9424")).isEqualTo("averaged-velocity");
  }

  @Test
  void nesterovAtXIsMomentum() {
    // Right w2 = 0.496 (look-ahead 0.62); the gradient at x instead gives momentum's 0.46.
    Drill d = Drill.of("number", run("nesterov", "", 2, "w"));
    assertThat(d.right("0.496")).isTrue();
    assertThat(d.mistake("0.46")).isEqualTo("nesterov-gradient-at-x");
  }

  @Test
  void adaGradSlips() {
    // eps = 1 makes its place visible: g = 2, G = 4; right 1 - 0.2/(2 + 1) = 0.9333333;
    // inside the root 1 - 0.2/sqrt(5) = 0.9105573; without the root 1 - 0.2/(4 + 1) = 0.96.
    Drill d = Drill.of("number", run("adagrad", ", \"eps\": 1", 1, "w"));
    assertThat(d.right("0.9333333")).isTrue();
    assertThat(d.mistake("0.9105573")).isEqualTo("eps-inside-root");
    assertThat(d.mistake("0.96")).isEqualTo("forgot-root");
  }

  @Test
  void rmsPropSlips() {
    // v = 0.1*4 = 0.4; right 1 - 0.2/(sqrt(0.4) + 1e-8) = 0.6837722; without (1 - beta): v = 4, 0.9.
    Drill d = Drill.of("number", run("rmsprop", "", 1, "w"));
    assertThat(d.right("0.6837722")).isTrue();
    assertThat(d.mistake("0.9")).isEqualTo("forgot-one-minus-beta");
    // eps = 0.1: right 1 - 0.2/(0.6324555 + 0.1) = 0.7269452; inside 1 - 0.2/sqrt(0.5) = 0.7171573.
    Drill e = Drill.of("number", run("rmsprop", ", \"eps\": 0.1", 1, "w"));
    assertThat(e.mistake("0.7171573")).isEqualTo("eps-inside-root");
  }

  @Test
  void adamSlips() {
    // Step 1: m = 0.2, m_hat = 2; without correction m_hat = m = 0.2.
    assertThat(Drill.of("number", run("adam", "", 1, "m_hat")).mistake("0.2")).isEqualTo("forgot-bias-correction");
    // Step 2 from the right step 1 (w1 = 0.9, g1 = 1.8): m2 = 0.36, right m_hat 0.36/0.19 = 1.894737;
    // with the power t - 1: 0.36/(1 - 0.9) = 3.6; without correction 0.36.
    Drill two = Drill.of("number", run("adam", "", 2, "m_hat"));
    assertThat(two.right("1.894737")).isTrue();
    assertThat(two.mistake("3.6")).isEqualTo("bias-power-t-minus-1");
    assertThat(two.mistake("0.36")).isEqualTo("forgot-bias-correction");
    // eps = 0.1: right w1 = 1 - 0.2/(2 + 0.1) = 0.9047619; inside 1 - 0.2/sqrt(4.1) = 0.901227.
    Drill eps = Drill.of("number", run("adam", ", \"eps\": 0.1", 1, "w"));
    assertThat(eps.mistake("0.901227")).isEqualTo("eps-inside-root");
  }

  @Test
  void stepCountSlips() {
    // |w - 2| = 2(0.9)^k < 0.01 first at k = 51; the loss gap 4(0.81)^k < 0.01 at k = 29.
    Drill d = Drill.of("number", "{\"compute\": \"steps_until\", \"f\": \"w^2 - 4w + 5\", \"start\": {\"w\": 0}, "
        + "\"eta\": 0.05, \"steps\": 1000, \"until\": {\"distance_below\": 0.01, \"to\": {\"w\": 2}}}");
    assertThat(d.right("51")).isTrue();
    assertThat(d.mistake("50")).isEqualTo("one-step-too-few");
    assertThat(d.mistake("52")).isEqualTo("one-step-too-many");
    assertThat(d.mistake("29")).isEqualTo("other-criterion");
  }

  private static String sgd(String model, String w, String x, String y, String eta, String take) {
    return "{\"compute\": \"sgd\", \"model\": \"" + model + "\", \"w\": " + w + ", \"x\": " + x + ", \"y\": " + y
        + ", \"eta\": " + eta + ", \"take\": \"" + take + "\"}";
  }

  // Linear, w = 0, x = 2, y = 1, eta = 0.1: prediction 0, error -1, gradient -2, new w 0.2.
  @ParameterizedTest(name = "{0}: {1} is {2}")
  @CsvSource({
      "new_w, -0.2, added-gradient",          // 0 + 0.1*(-2)
      "new_w, 2, forgot-learning-rate",       // 0 - (-2)
      "new_w, 0.1, forgot-chain-rule-x",      // 0 - 0.1*(-1)
      "new_w, 0.4, doubled-gradient",         // 0 - 0.1*(-4)
      "gradient, -1, forgot-chain-rule-x",
      "gradient, 2, error-sign",
      "gradient, -4, doubled-gradient",
      "error, 1, error-sign",
  })
  void linearSgdSlips(String take, String typed, String mistake) {
    assertThat(Drill.of("number", sgd("linear", "0", "2", "1", "0.1", take)).mistake(typed)).isEqualTo(mistake);
  }

  // Logistic, w = 1, x = 1, y = 1, eta = 0.5: p = sigma(1) = 0.7310586, gradient -0.2689414,
  // new w 1.1344707. Using p instead of p - y: 0.7310586; forgetting the sigmoid: (1 - 1)*1 = 0.
  @ParameterizedTest(name = "{0}: {1} is {2}")
  @CsvSource({
      "prediction, 1, forgot-sigmoid",
      "gradient, 0.7310586, used-p-hat",
      "gradient, 0, forgot-sigmoid",
      "new_w, 0.6344707, used-p-hat",       // 1 - 0.5*0.7310586
      "new_w, 1, forgot-sigmoid",
      "new_w, 0.8655293, added-gradient",   // 1 + 0.5*(-0.2689414)
  })
  void logisticSgdSlips(String take, String typed, String mistake) {
    assertThat(Drill.of("number", sgd("logistic", "1", "1", "1", "0.5", take)).mistake(typed)).isEqualTo(mistake);
  }

  @Test
  void logisticStepOfTheNotes() {
    assertThat(Drill.of("number", sgd("logistic", "0", "1", "1", "0.5", "new_w")).right("0.25")).isTrue();
    assertThat(Drill.of("number", sgd("logistic", "0", "1", "1", "0.5", "prediction")).right("1/2")).isTrue();
  }

  @Test
  void batchSummedInsteadOfAveraged() {
    // w = 0.5 on (1,1), (2,1), (3,2): gradients -0.5, 0, -1.5, mean -2/3; the sum is -2.
    Drill d = Drill.of("number", "{\"compute\": \"sgd\", \"model\": \"linear\", \"w\": 0.5, \"eta\": 0.3, "
        + "\"batch\": [[1, 1], [2, 1], [3, 2]], \"take\": \"gradient\"}");
    assertThat(d.right("-2/3")).isTrue();
    assertThat(d.mistake("-2")).isEqualTo("summed-batch");
  }

  @Test
  void gradientSlips() {
    // 5x^2 + 13y^2 at (1, 1): (10, 26); with the 2 dropped (5, 13); uphill flipped (-10, -26).
    Drill d = Drill.of("vector", "{\"compute\": \"gradient\", \"f\": \"5x^2 + 13y^2\", \"at\": {\"x\": 1, \"y\": 1}}");
    assertThat(d.right("(10, 26)")).isTrue();
    assertThat(d.mistake("(5, 13)")).isEqualTo("dropped-two");
    assertThat(d.mistake("[-10, -26]")).isEqualTo("gradient-sign");
  }

  @Test
  void derivativeAsAnExpression() {
    Drill d = Drill.of("expression", "{\"compute\": \"derivative\", \"f\": \"w^2 - 4w + 5\", \"wrt\": \"w\"}");
    assertThat(d.right("2w - 4")).isTrue();
    assertThat(d.right("2(w-2)")).isTrue();
    assertThat(d.right("-4 + 2*w")).isTrue();
    assertThat(d.mistake("w - 4")).isEqualTo("dropped-two");
    assertThat(d.mistake("4 - 2w")).isEqualTo("derivative-sign");
    assertThat(d.type("2x - 4").verdict()).isEqualTo(Feedback.Verdict.UNREADABLE);
  }

  private static String hessian(String take) {
    return "{\"compute\": \"hessian\", \"f\": \"3x^2 + 2x y + 3y^2\", \"at\": {\"x\": 0, \"y\": 0}, \"take\": \"" + take + "\"}";
  }

  // 3x^2 + 2xy + 3y^2: H = [[6, 2], [2, 6]], eigenvalues 4 and 8, kappa 2, eta_max 0.25, eta* 1/6.
  @ParameterizedTest(name = "{0}: {1} is {2}")
  @CsvSource(delimiter = ';', value = {
      "matrix; 3 2; 2 3; dropped-two",               // 1.5x^2 + 2xy + 1.5y^2
      "eigenvalues; (6, 6); diagonal-not-eigenvalues",
      "lambda_min; 8; min-max-swapped",
      "condition; 0.5; inverted-condition",
      "eta_max; 0.125; eta-one-over-lambda-max",
      "eta_max; 0.5; eta-used-lambda-min",
      "eta_opt; 0.125; eta-one-over-lambda-max",
      "eta_opt; 0.25; eta-two-over-lambda-max",
      "eta_opt; 1/12; eta-opt-without-two",
  })
  void curvatureSlips(String take, String typed, String mistake) {
    String kind = take.equals("matrix") ? "matrix" : take.equals("eigenvalues") ? "vector" : "number";
    if (take.equals("matrix")) {
      typed = "3 2; 2 3";
      mistake = "dropped-two";
    }
    assertThat(Drill.of(kind, hessian(take)).mistake(typed)).isEqualTo(mistake);
  }

  @Test
  void curvatureRightValues() {
    assertThat(Drill.of("matrix", hessian("matrix")).right("[[6, 2], [2, 6]]")).isTrue();
    assertThat(Drill.of("vector", hessian("eigenvalues")).right("4, 8")).isTrue();
    assertThat(Drill.of("number", hessian("condition")).right("2")).isTrue();
    assertThat(Drill.of("number", hessian("eta_opt")).right("1/6")).isTrue();
  }

  @Test
  void newtonSlips() {
    // 3(x-1)^2 + (y+2)^2 from (0, 0): g = (-6, 4), H = diag(6, 2): Newton lands on (1, -2);
    // times H instead of its inverse: (36, -8); a plain step with eta 1: (6, -4).
    Drill d = Drill.of("vector", "{\"compute\": \"newton\", \"f\": \"3(x-1)^2 + (y+2)^2\", \"at\": {\"x\": 0, \"y\": 0}}");
    assertThat(d.right("(1, -2)")).isTrue();
    assertThat(d.mistake("(36, -8)")).isEqualTo("newton-forgot-inverse");
    assertThat(d.mistake("(6, -4)")).isEqualTo("newton-plain-gradient");
  }

  private static String schedule(String spec, String eta, int k) {
    return "{\"compute\": \"schedule\", \"schedule\": \"" + spec + "\", \"eta\": " + eta + ", \"k\": " + k + "}";
  }

  @Test
  void scheduleSlips() {
    // step decay 0.4*0.5^floor(k/10): k = 20 gives 0.1, k = 19 gives 0.2; without the floor at
    // k = 25: 0.4*0.5^2.5 = 0.07071068.
    assertThat(Drill.of("number", schedule("step:gamma=0.5,every=10", "0.4", 20)).mistake("0.2")).isEqualTo("schedule-k-minus-1");
    assertThat(Drill.of("number", schedule("step:gamma=0.5,every=10", "0.4", 25)).mistake("0.07071068"))
        .isEqualTo("step-decay-without-floor");
    // 0.8/sqrt(4) = 0.4; 0.8/4 = 0.2; 0.8/sqrt(5) = 0.3577709.
    Drill inv = Drill.of("number", schedule("invsqrt", "0.8", 4));
    assertThat(inv.right("0.4")).isTrue();
    assertThat(inv.mistake("0.2")).isEqualTo("inverse-not-sqrt");
    assertThat(inv.mistake("0.3577709")).isEqualTo("schedule-k-plus-1");
    // cosine K = 100, eta0 0.2, k = 50: 0.1; without the half 0.2.
    assertThat(Drill.of("number", schedule("cosine:K=100", "0.2", 50)).mistake("0.2")).isEqualTo("cosine-without-half");
  }

  @Test
  void clippingSlips() {
    // g = (3, 4), tau = 1: norm 5, scale 0.2, clipped (0.6, 0.8); per coordinate (1, 1); unclipped (3, 4).
    Drill v = Drill.of("vector", "{\"compute\": \"clip\", \"g\": [3, 4], \"tau\": 1}");
    assertThat(v.right("(0.6, 0.8)")).isTrue();
    assertThat(v.mistake("(1, 1)")).isEqualTo("clipped-each-coordinate");
    assertThat(v.mistake("(3, 4)")).isEqualTo("did-not-clip");
    Drill s = Drill.of("number", "{\"compute\": \"clip\", \"g\": [3, 4], \"tau\": 1, \"take\": \"scale\"}");
    assertThat(s.right("0.2")).isTrue();
    assertThat(s.mistake("5")).isEqualTo("clip-scale-inverted");
  }

  @Test
  void boundSlips() {
    // ||3 - 0||^2 / (2*0.1*10) = 4.5; without the 2: 9; without the square: 1.5.
    Drill d = Drill.of("number", "{\"compute\": \"bound\", \"x0\": [3], \"xstar\": [0], \"eta\": 0.1, \"k\": 10}");
    assertThat(d.right("4.5")).isTrue();
    assertThat(d.mistake("9")).isEqualTo("bound-without-two");
    assertThat(d.mistake("1.5")).isEqualTo("bound-without-square");
  }

  @Test
  void scoreSlips() {
    // theta = 1: p = 0.7310586; score for a = 1 is 1 - p = 0.2689414, for a = 0 it is -p.
    assertThat(Drill.of("number", "{\"compute\": \"score\", \"theta\": 1, \"take\": \"score1\"}").mistake("0.7310586"))
        .isEqualTo("score-used-p");
    assertThat(Drill.of("number", "{\"compute\": \"score\", \"theta\": 1, \"take\": \"score0\"}").mistake("0.2689414"))
        .isEqualTo("score-used-one-minus-p");
    Drill mean = Drill.of("number", "{\"compute\": \"score\", \"theta\": 1, \"take\": \"mean\"}");
    assertThat(mean.right("0")).isTrue();
    assertThat(mean.mistake("-0.4621172")).isEqualTo("score-unweighted");
  }

  @Test
  void aRuleThatCoincidesWithTheAnswerIsNotReported() {
    // At w0 = 0 the derivative of w^2 - 4w + 5 with its 2 dropped, w - 4, equals the right one, 2w - 4:
    // typing the right w1 = 1.2 is right, and no mistake claims it.
    Feedback f = Drill.of("number", GD.formatted(1)).type("1.2");
    assertThat(f.isRight()).isTrue();
    assertThat(f.mistake()).isNull();
  }

  @Test
  void genericSignPowerOfTenAndRounding() {
    // The loss of the linear step is (1/2)(0*2 - 1)^2 = 0.5; no slip rule is defined for it.
    Drill d = Drill.of("number", sgd("linear", "0", "2", "1", "0.1", "loss"));
    assertThat(String.join(" ", d.type("-0.5").details())).containsIgnoringCase("sign");
    assertThat(String.join(" ", d.type("5").details())).contains("10");
    assertThat(String.join(" ", d.type("0.503").details())).containsIgnoringCase("close");
    assertThat(d.type("0.9").details()).noneMatch(s -> s.contains("sign") || s.contains("close"));
  }
}
