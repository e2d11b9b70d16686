package dev.descent.engine.optim;

import dev.descent.engine.Decimal;
import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;

/**
 * What to run: a function, a start, an update rule with its learning rate, schedule and clipping,
 * and a number of steps. Checks itself when made.
 */
public record Run(Objective f, double[] start, Optimizer optimizer, double eta, Schedule schedule,
    Clipping clipping, int steps) {

  /** The most steps one run may take. */
  public static final int MAX_STEPS = 10_000_000;

  public Run {
    if (start.length != f.dimension()) {
      throw new DescentException("the start has " + start.length + " coordinates but the function has "
          + f.dimension() + " (" + String.join(", ", f.variables()) + ")");
    }
    for (int i = 0; i < start.length; i++) {
      if (!Double.isFinite(start[i])) {
        throw new DescentException("the start " + f.variables().get(i) + " must be a finite number");
      }
    }
    if (!(eta > 0 && Double.isFinite(eta))) {
      throw new DescentException("the learning rate must be a positive number, got " + Decimal.of(eta));
    }
    if (steps < 0 || steps > MAX_STEPS) {
      throw new DescentException("the number of steps must be between 0 and " + MAX_STEPS + ", got " + steps);
    }
    start = start.clone();
  }

  /** Plain gradient descent at a constant rate, without clipping. */
  public static Run gradientDescent(Objective f, double[] start, double eta, int steps) {
    return new Run(f, start, new GradientDescent(), eta, new Schedule.Constant(), Clipping.none(), steps);
  }

  /** The same run with another number of steps. */
  public Run withSteps(int n) {
    return new Run(f, start, optimizer, eta, schedule, clipping, n);
  }

  @Override
  public double[] start() {
    return start.clone();
  }
}
