package dev.descent.problem;

import dev.descent.engine.optim.GradientOracle;

/** One step of an update rule, right or wrong: the same shape as {@code Optimizer.step}. */
@FunctionalInterface
interface Update {
  double[] step(double[] x, double[] g, GradientOracle gradient, double[][] state, double eta, int t);
}
