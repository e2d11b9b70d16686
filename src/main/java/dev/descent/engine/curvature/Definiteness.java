package dev.descent.engine.curvature;

/** What the signs of a symmetric matrix's eigenvalues say about the curvature. */
public enum Definiteness {
  POSITIVE_DEFINITE("positive definite: curved upward in every direction"),
  POSITIVE_SEMIDEFINITE("positive semidefinite: flat in at least one direction (an eigenvalue is 0 or within rounding error of it)"),
  INDEFINITE("indefinite: curved up in some directions and down in others (a saddle)"),
  NEGATIVE_SEMIDEFINITE("negative semidefinite: curved down or flat (an eigenvalue is 0 or within rounding error of it)"),
  NEGATIVE_DEFINITE("negative definite: curved downward in every direction (a maximum)");

  private final String meaning;

  Definiteness(String meaning) {
    this.meaning = meaning;
  }

  /** A sentence for the learner. */
  public String meaning() {
    return meaning;
  }

  /** Classifies ascending eigenvalues; values within {@code tol} of zero (rounding noise) count as zero. */
  static Definiteness of(double[] ascending, double tol) {
    double min = ascending[0];
    double max = ascending[ascending.length - 1];
    if (min > tol) {
      return POSITIVE_DEFINITE;
    }
    if (max < -tol) {
      return NEGATIVE_DEFINITE;
    }
    if (min >= -tol) {
      return POSITIVE_SEMIDEFINITE;
    }
    if (max <= tol) {
      return NEGATIVE_SEMIDEFINITE;
    }
    return INDEFINITE;
  }
}
