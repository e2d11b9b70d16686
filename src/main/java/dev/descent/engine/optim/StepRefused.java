package dev.descent.engine.optim;

import dev.descent.engine.DescentException;

/** An update rule has no step from the current point; the run stops there and says why. */
public final class StepRefused extends DescentException {
  private static final long serialVersionUID = 1L;

  public StepRefused(String message) {
    super(message);
  }
}
