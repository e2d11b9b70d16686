package dev.descent.engine.optim;

import java.util.List;
import java.util.Map;

/**
 * One of the update rules of {@link OptimizerForm}, applied one step at a time with its state in the
 * open: each state vector is named (for example {@code v}, or {@code m}, {@code v}, {@code m_hat},
 * {@code v_hat} for Adam) and has one entry per coordinate.
 */
public sealed interface Optimizer permits GradientDescent, Momentum, MomentumVelocity, HeavyBall, Nesterov, AdaGrad,
    RmsProp, Adam, AdamNoBias, AdamW, Newton {

  /** The form in the catalogue: name, settings, state and formula. */
  OptimizerForm form();

  /** The name used on the command line and in lesson files, such as {@code adam}. */
  default String name() {
    return form().id();
  }

  /** The names of the state vectors, in the order {@link #step} keeps them. */
  default List<String> stateNames() {
    return form().state();
  }

  /** The hyper-parameters besides the learning rate, by key, in the form's order. */
  Map<String, Double> hyperparameters();

  /** The update with this optimizer's settings in place of their symbols, on one line. */
  default String rule() {
    return form().rule(hyperparameters());
  }

  /**
   * Takes step number {@code t} (1 for the first step) from {@code x}.
   *
   * @param x the current point, not modified
   * @param g the (possibly clipped) gradient at {@code x}
   * @param oracle the (possibly clipped) gradient anywhere and the Hessian, for rules that need more
   * @param state the state vectors in the order of {@link #stateNames}, updated in place
   * @param eta the learning rate of this step
   * @return the new point
   * @throws StepRefused when the rule has no step from {@code x} (Newton's, where the Hessian is
   *     not positive definite)
   */
  double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t);

  /** The state before the first step: every vector zero unless the rule says otherwise. */
  default double[][] initialState(double[] start) {
    return new double[stateNames().size()][start.length];
  }
}
