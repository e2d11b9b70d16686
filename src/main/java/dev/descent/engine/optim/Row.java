package dev.descent.engine.optim;

import java.util.List;

/**
 * One line of a trajectory: the point after {@code step} updates (step 0 is the start), the loss
 * and the exact gradient there, the learning rate of the update that led here ({@code NaN} at step
 * 0), whether that update's gradient was clipped, and the optimizer's state after it. A slipped
 * run's rows ({@link Stepper#slipped}) carry no loss and no gradient: NaN and an empty array.
 */
public record Row(int step, double[] point, double loss, double[] gradient, double eta, boolean clipped,
    List<String> stateNames, double[][] state) {

  /** The state vector called {@code name}, such as {@code m_hat}. */
  public double[] state(String name) {
    int i = stateNames.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no state " + name + " (have " + stateNames + ")");
    }
    return state[i];
  }

  /** True at step 0, where no update has happened yet. */
  public boolean isStart() {
    return step == 0;
  }
}
