package dev.descent.problem;

import dev.descent.check.UsualMistake;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.model.SgdSlip;
import java.util.List;

/**
 * The catalogue's entry for each of the engine's SGD slips, which compute the wrong numbers of the
 * one-weight step ({@link SgdComputation}) and of the step with several weights and a bias
 * ({@link FeatureSgdComputation}) alike.
 */
final class SgdMistakes {
  /**
   * The slips tried for a gradient, the model's own first: when two slips give the same number, the one
   * the model invites is the likelier explanation. Summing the batch comes last, as it changes only a mean.
   */
  static final List<SgdSlip> GRADIENT = List.of(SgdSlip.USED_P_HAT, SgdSlip.FORGOT_SIGMOID,
      SgdSlip.DOUBLED_GRADIENT, SgdSlip.FORGOT_CHAIN_RULE_X, SgdSlip.ERROR_SIGN, SgdSlip.SUMMED_BATCH);

  private SgdMistakes() {}

  /** The usual mistake {@code slip} makes. */
  static UsualMistake.Plain of(SgdSlip slip) {
    return switch (slip) {
      case ADDED_GRADIENT -> UsualMistakes.ADDED_GRADIENT;
      case FORGOT_LEARNING_RATE -> UsualMistakes.FORGOT_LEARNING_RATE;
      case FORGOT_CHAIN_RULE_X -> UsualMistakes.FORGOT_CHAIN_RULE_X;
      case ERROR_SIGN -> UsualMistakes.ERROR_SIGN;
      case SUMMED_BATCH -> UsualMistakes.SUMMED_BATCH;
      case USED_P_HAT -> UsualMistakes.USED_P_HAT;
      case FORGOT_SIGMOID -> UsualMistakes.FORGOT_SIGMOID;
      case DOUBLED_GRADIENT -> UsualMistakes.DOUBLED_GRADIENT;
      case BIAS_NOT_UPDATED -> UsualMistakes.BIAS_NOT_UPDATED;
    };
  }
}
