package dev.descent.engine.optim;

/**
 * Where ε goes when a step is divided by the root of an accumulated square s: after the root, as
 * in the course's code (notes 001), or inside it, as in the notes' formulas (notes 001 and 003).
 * Inside, ε = 1e-8 acts like 1e-4 outside, so the two differ once √s is about 1e-4 or smaller.
 */
public enum EpsPlacement {
  OUTSIDE {
    @Override public double divide(double g, double s, double eps) { return g / (Math.sqrt(s) + eps); }

    @Override public String written(String s) { return "/(√" + s + " + ε)"; }
  },
  INSIDE {
    @Override public double divide(double g, double s, double eps) { return g / Math.sqrt(s + eps); }

    @Override public String written(String s) { return "/√(" + s + " + ε)"; }
  };

  /** g/(√s + ε) or g/√(s + ε). */
  public abstract double divide(double g, double s, double eps);

  /** The division as {@link #divide} does it, for a formula: "/(√s + ε)" or "/√(s + ε)". */
  public abstract String written(String s);
}
