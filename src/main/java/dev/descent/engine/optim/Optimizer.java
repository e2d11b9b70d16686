package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * One of the update rules of {@link OptimizerForm}, applied one step at a time with its state in the
 * open: each state vector is named (for example {@code v}, or {@code m}, {@code v}, {@code m_hat},
 * {@code v_hat} for Adam) and has one entry per coordinate.
 */
public sealed interface Optimizer extends Update permits GradientDescent, Momentum, MomentumVelocity, HeavyBall,
    Nesterov, AdaGrad, RmsProp, Adam, AdamNoBias, AdamW, Newton {

  /** The form in the catalogue: name, settings, state and formula. */
  OptimizerForm form();

  /** The name used on the command line and in lesson files, such as {@code adam}. */
  default String name() {
    return form().id();
  }

  /** The names of the state vectors, in the order {@link Update#step} keeps them. */
  default List<String> stateNames() {
    return form().state();
  }

  /** The hyper-parameters besides the learning rate, by key, in the form's order. */
  Map<String, Double> hyperparameters();

  /**
   * The update, one assignment a line, in the course's notation with the settings as symbols (η, β, ε):
   * {@code trace --help} and the catalogue show it, and {@code OptimizerFormulaTest} holds it to
   * {@link Update#step}.
   */
  List<String> formula();

  /** The update with this optimizer's settings in place of their symbols, on one line. */
  default String rule() {
    return form().rule(formula(), hyperparameters());
  }

  /** The state before the first step: every vector zero unless the rule says otherwise. */
  default double[][] initialState(double[] start) {
    return new double[stateNames().size()][start.length];
  }
}
