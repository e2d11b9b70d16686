package dev.descent.engine.optim;

import dev.descent.engine.Objective;

/**
 * What an update rule may ask of the function during a step: the gradient anywhere (clipped when
 * the run clips) and the exact Hessian (for Newton's step). It remembers whether the rule asked for
 * a gradient itself and whether that one was clipped, so that a row's {@code clipped} flag speaks
 * of the gradient the update used: Nesterov's, at the look-ahead point, not the one at x.
 */
public final class GradientOracle {
  private final Objective f;
  private final Clipping clipping;
  private boolean asked;
  private boolean lastClipped;

  private GradientOracle(Objective f, Clipping clipping) {
    this.f = f;
    this.clipping = clipping;
  }

  /** The oracle of {@code f} under {@code clipping}. */
  public static GradientOracle of(Objective f, Clipping clipping) {
    return new GradientOracle(f, clipping);
  }

  /** The gradient at {@code x}, clipped when clipping is on, as a new array. */
  public double[] at(double[] x) {
    double[] raw = f.gradient(x);
    asked = true;
    lastClipped = clipping.clips(raw);
    return clipping.isOn() ? clipping.apply(raw) : raw;
  }

  /** The exact Hessian at {@code x}. */
  public double[][] hessian(double[] x) {
    return f.hessian(x);
  }

  /** Forgets what was asked, before a step. */
  void beginStep() {
    asked = false;
  }

  /**
   * Whether the gradient the step used was clipped: the one the rule asked for, if it asked, else
   * the one at x, whose clipping is {@code clippedAtX}.
   */
  boolean usedClipped(boolean clippedAtX) {
    return asked ? lastClipped : clippedAtX;
  }
}
