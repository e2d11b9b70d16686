package dev.descent.problem;

import java.util.Map;

/**
 * The learner's sentence for each usual mistake of an SGD step, by id, shared by the one-weight
 * step ({@link SgdComputation}) and the step with several weights and a bias
 * ({@link FeatureSgdComputation}); the engine's {@code SgdSlip} computes the wrong numbers.
 */
final class SgdMessages {
  private static final Map<String, String> BY_ID = Map.of(
      "forgot-chain-rule-x", "It looks like the factor x of the chain rule is missing: the gradient is (prediction − y)·x.",
      "error-sign", "The sign is flipped: the error here is prediction − y, not y − prediction.",
      "used-p-hat", "You used p̂ where the gradient needs p̂ − y: dL/dw = (p̂ − y)·x.",
      "forgot-sigmoid", "It looks like the sigmoid was left out: p̂ = σ(z) of the score z = w·x (+ b), not z itself.",
      "doubled-gradient", "The 1/2 in the loss cancels the 2 of the square: dL/dw = (prediction − y)·x, without a factor 2.",
      "summed-batch", "You added the gradients of the batch; a mini-batch step uses their mean.",
      "added-gradient", "It looks like you added the step: w moves against the gradient, w − η·dL/dw.",
      "forgot-learning-rate", "It looks like you forgot the learning rate: w − η·dL/dw.",
      "bias-not-updated", "The bias moves too: b − η·dL/db, where dL/db is the mean error.");

  private SgdMessages() {}

  /** The sentence for the mistake {@code id}. */
  static String of(String id) {
    String s = BY_ID.get(id);
    if (s == null) {
      throw new IllegalArgumentException("no sentence for the SGD mistake " + id);
    }
    return s;
  }
}
