package dev.descent.engine.optim;

/**
 * One step of an update rule: an optimizer's own ({@link Optimizer} is one), or a usual wrong way of
 * taking it, such as a learner's step that adds the gradient instead of subtracting it.
 * {@link Stepper} applies it step by step.
 */
@FunctionalInterface
public interface Update {

  /**
   * Takes step number {@code t} (1 for the first step) from {@code x}.
   *
   * @param x the current point, not modified
   * @param g the (possibly clipped) gradient at {@code x}
   * @param oracle the (possibly clipped) gradient anywhere and the Hessian, for rules that need more
   * @param state the state vectors in the order of the optimizer's state names, updated in place
   * @param eta the learning rate of this step
   * @return the new point
   * @throws StepRefused when the rule has no step from {@code x} (Newton's, where the Hessian is
   *     not positive definite)
   */
  double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t);
}
