package dev.descent.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of usual mistakes: every wrong rule descent names, each once, with its id, its short
 * form for an instructor and its sentence for the learner. The computations of {@code problem} compute
 * what each mistake leads to and take the words from here; the checker names them; {@code homework}
 * prints the catalogue's sentences to instructors.
 *
 * <p>To add a mistake: add one entry below (a {@link UsualMistake.Plain} sentence, or the kind that takes
 * the numbers its sentence shows), then compute its wrong answer in the computation where it happens.
 * Never change an id: progress files and homework reports keep them. The sentences are written in the
 * notation the course used when this catalogue was made (eta, lambda_min, p_hat); a change of notation
 * is made here, once for every computation.
 */
public final class UsualMistakes {
  private static final List<UsualMistake> ALL = new ArrayList<>();

  // ---- the update rule, for every optimizer
  public static final UsualMistake.Plain ADDED_GRADIENT = plain("added-gradient",
      "added the step instead of subtracting it",
      "It looks like you added the step instead of subtracting it: descent moves against the gradient.");
  public static final UsualMistake.Plain FORGOT_LEARNING_RATE = plain("forgot-learning-rate",
      "forgot the learning rate",
      "It looks like you forgot the learning rate: the step is scaled by eta.");
  public static final UsualMistake.Plain DROPPED_TWO = plain("dropped-two",
      "dropped the 2 of a square",
      "It looks like the factor 2 of a square was dropped: the derivative of u^2 is 2u times u'.");
  public static final UsualMistake.Plain GRADIENT_SIGN = plain("gradient-sign",
      "flipped the gradient's sign",
      "The sign is flipped: the gradient points uphill, toward larger values.");
  public static final UsualMistake.Plain DERIVATIVE_SIGN = plain("derivative-sign",
      "flipped the derivative's sign",
      "The sign is flipped: check each term's sign as you differentiate.");

  // ---- counting steps
  public static final UsualMistake.AtStep ONE_STEP_TOO_FEW = atStep("one-step-too-few",
      "one step too few",
      "That is step {k - 1}, one step too early: step 0 is the start, and each update adds one.");
  public static final UsualMistake.AtStep ONE_STEP_TOO_MANY = atStep("one-step-too-many",
      "one step too many",
      "That is step {k + 1}, one step too far: step 0 is the start, and each update adds one.");
  public static final UsualMistake.NumberAndName OTHER_CRITERION = numberAndName("other-criterion",
      "counted until the loss, not the distance, was close",
      "That counts until the loss is within {tol} of its minimum; the question asks for the distance {criterion}.");

  // ---- momentum and Nesterov
  public static final UsualMistake.Plain FORGOT_MOMENTUM = plain("forgot-momentum",
      "a plain gradient step instead of momentum",
      "That is a plain gradient step: momentum first updates the velocity, v <- beta*v + g, and steps along v.");
  public static final UsualMistake.Plain AVERAGED_VELOCITY = plain("averaged-velocity",
      "averaged the velocity with (1 - beta)",
      "You averaged the velocity, v <- beta*v + (1 - beta)*g; here momentum adds the whole gradient: v <- beta*v + g.");
  public static final UsualMistake.Plain NESTEROV_GRADIENT_AT_X = plain("nesterov-gradient-at-x",
      "took Nesterov's gradient at x",
      "You took the gradient at x; Nesterov takes it at the look-ahead point x - eta*beta*v.");

  // ---- AdaGrad, RMSProp, Adam
  public static final UsualMistake.Naming EPS_INSIDE_ROOT = naming("eps-inside-root",
      "put eps inside the square root",
      "You put eps inside the square root; in this form eps is added after it: sqrt({G}) + eps.");
  public static final UsualMistake.Naming EPS_OUTSIDE_ROOT = naming("eps-outside-root",
      "added eps after the square root",
      "You added eps after the square root; in this form eps goes inside it: sqrt({G} + eps).");
  public static final UsualMistake.Plain FORGOT_ROOT = plain("forgot-root",
      "divided by G, not by its square root",
      "You divided by G itself; AdaGrad divides by its square root, sqrt(G) + eps.");
  public static final UsualMistake.Plain FORGOT_ONE_MINUS_BETA = plain("forgot-one-minus-beta",
      "left out the weight (1 - beta) of g^2",
      "The new g^2 enters the average weighted by (1 - beta): v <- beta*v + (1 - beta)*g^2.");
  public static final UsualMistake.Plain FORGOT_BIAS_CORRECTION = plain("forgot-bias-correction",
      "left out Adam's bias correction",
      "That is Adam without bias correction: divide m by 1 - beta1^t and v by 1 - beta2^t before the step.");
  public static final UsualMistake.Plain BIAS_POWER_T_MINUS_1 = plain("bias-power-t-minus-1",
      "bias correction with the power t - 1",
      "The bias correction uses the power t, the number of the step counting from 1, not t - 1.");

  // ---- one SGD step
  public static final UsualMistake.Plain FORGOT_CHAIN_RULE_X = plain("forgot-chain-rule-x",
      "left out the factor x of the chain rule",
      "It looks like the factor x of the chain rule is missing: the gradient is (prediction - y) * x.");
  public static final UsualMistake.Plain ERROR_SIGN = plain("error-sign",
      "took the error as y - prediction",
      "The sign is flipped: the error here is prediction - y, not y - prediction.");
  public static final UsualMistake.Plain USED_P_HAT = plain("used-p-hat",
      "used p_hat for p_hat - y",
      "You used p_hat where the gradient needs p_hat - y: dL/dw = (p_hat - y) * x.");
  public static final UsualMistake.Plain FORGOT_SIGMOID = plain("forgot-sigmoid",
      "left out the sigmoid",
      "It looks like the sigmoid was left out: p_hat = sigma(z) of the score z = w*x (+ b), not z itself.");
  public static final UsualMistake.Plain DOUBLED_GRADIENT = plain("doubled-gradient",
      "kept the 2 that the 1/2 of the loss cancels",
      "The 1/2 in the loss cancels the 2 of the square: dL/dw = (prediction - y) * x, without a factor 2.");
  public static final UsualMistake.Plain SUMMED_BATCH = plain("summed-batch",
      "summed the batch's gradients instead of averaging",
      "You added the gradients of the batch; a mini-batch step uses their mean.");
  public static final UsualMistake.Plain BIAS_NOT_UPDATED = plain("bias-not-updated",
      "left the bias unchanged",
      "The bias moves too: b - eta * dL/db, where dL/db is the mean error.");

  // ---- curvature, step bounds and Newton
  public static final UsualMistake.Plain DIAGONAL_NOT_EIGENVALUES = plain("diagonal-not-eigenvalues",
      "took the diagonal for the eigenvalues",
      "Those are the diagonal entries; with off-diagonal terms the eigenvalues differ: solve det(H - lambda*I) = 0.");
  public static final UsualMistake.Naming MIN_MAX_SWAPPED = naming("min-max-swapped",
      "swapped the smallest and the largest eigenvalue",
      "That is the {other extreme} eigenvalue.");
  public static final UsualMistake.Plain INVERTED_CONDITION = plain("inverted-condition",
      "took lambda_min/lambda_max for the condition number",
      "That is lambda_min/lambda_max, the inverse: the condition number kappa = lambda_max/lambda_min is at least 1.");
  public static final UsualMistake.Plain ETA_ONE_OVER_LAMBDA_MAX = plain("eta-one-over-lambda-max",
      "took 1/lambda_max for the bound or the best step",
      "1/lambda_max is a safe step, but neither the edge of stability, 2/lambda_max, nor the best step, eta* = 2/(lambda_min + lambda_max).");
  public static final UsualMistake.Plain ETA_USED_LAMBDA_MIN = plain("eta-used-lambda-min",
      "took the step bound from lambda_min",
      "The bound comes from the largest eigenvalue: eta < 2/lambda_max.");
  public static final UsualMistake.Plain ETA_TWO_OVER_LAMBDA_MAX = plain("eta-two-over-lambda-max",
      "took the edge of stability for the best step",
      "2/lambda_max is the edge of stability, not the best step: eta* = 2/(lambda_min + lambda_max).");
  public static final UsualMistake.Plain ETA_OPT_WITHOUT_TWO = plain("eta-opt-without-two",
      "left the 2 out of the best step",
      "The best step has a 2 on top: eta* = 2/(lambda_min + lambda_max).");
  public static final UsualMistake.Plain NEWTON_FORGOT_INVERSE = plain("newton-forgot-inverse",
      "multiplied by H instead of dividing by it",
      "You multiplied by H; Newton's step divides by it: x - H^-1 * grad f.");
  public static final UsualMistake.Plain NEWTON_PLAIN_GRADIENT = plain("newton-plain-gradient",
      "a plain gradient step instead of Newton's",
      "That is a plain gradient step with eta = 1; Newton's step rescales the gradient by the inverse Hessian.");
  public static final UsualMistake.Plain BOUND_WITHOUT_TWO = plain("bound-without-two",
      "left the 2 out of the bound",
      "The bound divides by 2tk: ||x0 - x*||^2 / (2 t k).");
  public static final UsualMistake.Plain BOUND_WITHOUT_SQUARE = plain("bound-without-square",
      "did not square the distance",
      "The distance enters squared: ||x0 - x*||^2.");

  // ---- schedules and clipping
  public static final UsualMistake.AtStep SCHEDULE_K_MINUS_1 = atStep("schedule-k-minus-1",
      "the rate of the step before",
      "That is the rate of step {k - 1}: the schedule counts the first update as k = 1.");
  public static final UsualMistake.AtStep SCHEDULE_K_PLUS_1 = atStep("schedule-k-plus-1",
      "the rate of the step after",
      "That is the rate of step {k + 1}, one step later.");
  public static final UsualMistake.Plain COSINE_WITHOUT_HALF = plain("cosine-without-half",
      "left the 1/2 out of the cosine schedule",
      "The cosine schedule halves: eta0 * (1 + cos(pi*k/K)) / 2.");
  public static final UsualMistake.AtStep STEP_DECAY_WITHOUT_FLOOR = atStep("step-decay-without-floor",
      "step decay without the floor",
      "Step decay changes the rate only every {S} steps: the power is floor(k/{S}), a whole number.");
  public static final UsualMistake.Plain INVERSE_NOT_SQRT = plain("inverse-not-sqrt",
      "eta0 / k instead of eta0 / sqrt(k)",
      "The rate falls with the square root of k: eta0 / sqrt(k), not eta0 / k.");
  public static final UsualMistake.Plain CLIP_SCALE_INVERTED = plain("clip-scale-inverted",
      "turned the clipping scale upside down",
      "That is ||g||/tau, upside down: the gradient is scaled by tau/||g|| when it is longer than tau.");
  public static final UsualMistake.Plain CLIPPED_EACH_COORDINATE = plain("clipped-each-coordinate",
      "clipped each coordinate instead of the norm",
      "You clipped each coordinate to [-tau, tau]; norm clipping scales the whole vector by tau/||g||, keeping its direction.");
  public static final UsualMistake.TwoNumbers DID_NOT_CLIP = twoNumbers("did-not-clip",
      "did not clip a gradient longer than tau",
      "Its norm is {||g||}, above {tau=}, so it must be scaled down.");

  // ---- the score function
  public static final UsualMistake.Plain SCORE_USED_P = plain("score-used-p",
      "took p for the score of a = 1",
      "That is p itself; the derivative of log sigma(theta) is 1 - sigma(theta).");
  public static final UsualMistake.Plain SCORE_USED_ONE_MINUS_P = plain("score-used-one-minus-p",
      "took 1 - p for the score of a = 0",
      "For a = 0, log p(a) = log(1 - sigma(theta)), whose derivative is -sigma(theta).");
  public static final UsualMistake.Plain SCORE_UNWEIGHTED = plain("score-unweighted",
      "did not weight the scores by their probabilities",
      "Weight each score by its probability: p * (1 - p) + (1 - p) * (-p).");

  private UsualMistakes() {}

  /** Every usual mistake, in the catalogue's order. */
  public static List<UsualMistake> all() {
    return List.copyOf(ALL);
  }

  /** The mistake with this id, or null when there is none (an id from an older descent, say). */
  public static UsualMistake byId(String id) {
    for (UsualMistake m : ALL) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    return null;
  }

  private static <M extends UsualMistake> M add(M m) {
    if (byId(m.id()) != null) {
      throw new IllegalStateException("two usual mistakes with the id " + m.id());
    }
    ALL.add(m);
    return m;
  }

  private static UsualMistake.Plain plain(String id, String shortForm, String sentence) {
    return add(new UsualMistake.Plain(id, shortForm, sentence));
  }

  private static UsualMistake.AtStep atStep(String id, String shortForm, String sentence) {
    return add(new UsualMistake.AtStep(id, shortForm, sentence));
  }

  private static UsualMistake.Naming naming(String id, String shortForm, String sentence) {
    return add(new UsualMistake.Naming(id, shortForm, sentence));
  }

  private static UsualMistake.TwoNumbers twoNumbers(String id, String shortForm, String sentence) {
    return add(new UsualMistake.TwoNumbers(id, shortForm, sentence));
  }

  private static UsualMistake.NumberAndName numberAndName(String id, String shortForm, String sentence) {
    return add(new UsualMistake.NumberAndName(id, shortForm, sentence));
  }
}
