package dev.descent.engine.curvature;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealVector;

/**
 * The eigenvalues and unit eigenvectors of a symmetric matrix, in Hipparchus's order, with every
 * eigenvalue as computed: Hipparchus sets one below ε·max|λ| to exactly 0, so such a one is given
 * back as the Rayleigh quotient vᵀHv of its eigenvector (2e-16 for diag(2, 2e-16), not 0).
 */
public record SymmetricEigen(double[] values, double[][] vectors) {

  /** The decomposition of {@code symmetric}. */
  public static SymmetricEigen of(double[][] symmetric) {
    var m = new Array2DRowRealMatrix(symmetric, true);
    var decomposition = new EigenDecompositionSymmetric(m);
    double[] values = decomposition.getEigenvalues().clone();
    double[][] vectors = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      RealVector v = decomposition.getEigenvector(i);
      vectors[i] = v.toArray();
      if (values[i] == 0) {
        values[i] = v.dotProduct(m.operate(v));
      }
    }
    return new SymmetricEigen(values, vectors);
  }

  /** What the signs of the eigenvalues say, with those within rounding error of 0 counted as 0. */
  public Definiteness definiteness() {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return Definiteness.of(sorted, Curvature.roundingScale(sorted));
  }

  /** x with Hx = b, as Σ (vᵢ·b/λᵢ) vᵢ; meant for a positive-definite matrix. */
  public double[] solve(double[] b) {
    double[] x = new double[b.length];
    for (int i = 0; i < values.length; i++) {
      double along = 0;
      for (int j = 0; j < b.length; j++) {
        along += vectors[i][j] * b[j];
      }
      along /= values[i];
      for (int j = 0; j < b.length; j++) {
        x[j] += along * vectors[i][j];
      }
    }
    return x;
  }
}
