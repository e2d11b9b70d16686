package dev.descent.engine.curvature;

import dev.descent.engine.Vectors;
import dev.descent.engine.DescentException;
import dev.descent.engine.NotFinite;
import dev.descent.engine.Objective;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * The local picture of a function at a point: value, gradient, Hessian, its eigenvalues in
 * ascending order and, when the Hessian is positive definite, the condition number
 * κ = λmax/λmin, the stable range η &lt; 2/λmax and the best fixed step η* = 2/(λmin + λmax). For a
 * quadratic these are exact; elsewhere they describe the quadratic that fits at the point.
 */
public record Curvature(double[] point, double value, double[] gradient, double[][] hessian,
    double[] eigenvalues, Definiteness definiteness) {

  /** The largest dimension accepted. */
  public static final int MAX_DIMENSION = Objective.MAX_DIMENSION;

  /** The gradient and the Hessian's rows, as one list of vectors. */
  private static double[][] withRows(double[] g, double[][] h) {
    double[][] all = new double[h.length + 1][];
    all[0] = g;
    System.arraycopy(h, 0, all, 1, h.length);
    return all;
  }

  /** Computes the curvature of {@code f} at {@code x}. */
  public static Curvature at(Objective f, double[] x) {
    if (x.length == 0) {
      throw new DescentException("a point needs at least one coordinate");
    }
    if (x.length > MAX_DIMENSION) {
      throw new DescentException("at most " + MAX_DIMENSION + " variables, got " + x.length);
    }
    double value = f.value(x);
    double[] g = f.gradient(x);
    double[][] h = f.hessian(x);
    if (!Double.isFinite(value) || !Vectors.finite(g) || Arrays.stream(h).anyMatch(r -> !Vectors.finite(r))) {
      throw new DescentException("at this point, the function " + f.text() + " or a derivative is "
          + NotFinite.why(value, withRows(g, h)));
    }
    double[] eig = eigenvalues(h);
    return new Curvature(x.clone(), value, g, h, eig, Definiteness.of(eig, roundingScale(eig)));
  }

  /**
   * The size below which an eigenvalue is rounding noise and counts as zero: n·ε·max|λ|, the error
   * a backward-stable eigen-solver may make in every eigenvalue of an n×n matrix. Definiteness, and
   * with it κ and the step bounds, is decided against this scale and nowhere else.
   */
  public static double roundingScale(double[] eigenvalues) {
    double largest = 0;
    for (double v : eigenvalues) {
      largest = Math.max(largest, Math.abs(v));
    }
    return eigenvalues.length * Math.ulp(1.0) * largest;
  }

  /** The eigenvalues of a symmetric matrix, ascending, as computed (see {@link SymmetricEigen}). */
  public static double[] eigenvalues(double[][] symmetric) {
    double[] out = SymmetricEigen.of(symmetric).values();
    Arrays.sort(out);
    for (int i = 0; i < out.length; i++) {
      out[i] += 0.0; // turns -0.0 into 0.0
    }
    return out;
  }

  /** The smallest eigenvalue. */
  public double lambdaMin() {
    return eigenvalues[0];
  }

  /** The largest eigenvalue. */
  public double lambdaMax() {
    return eigenvalues[eigenvalues.length - 1];
  }

  /** True when κ and the step bounds are defined. */
  public boolean isPositiveDefinite() {
    return definiteness == Definiteness.POSITIVE_DEFINITE;
  }

  /** κ = λmax/λmin, empty unless the Hessian is positive definite. */
  public OptionalDouble condition() {
    return isPositiveDefinite() ? OptionalDouble.of(lambdaMax() / lambdaMin()) : OptionalDouble.empty();
  }

  /** 2/λmax, the largest stable fixed step, empty unless positive definite. */
  public OptionalDouble etaMax() {
    return isPositiveDefinite() ? OptionalDouble.of(2 / lambdaMax()) : OptionalDouble.empty();
  }

  /** 2/(λmin + λmax), the best fixed step, empty unless positive definite. */
  public OptionalDouble etaOpt() {
    return isPositiveDefinite() ? OptionalDouble.of(2 / (lambdaMin() + lambdaMax())) : OptionalDouble.empty();
  }

  /** Why κ and the step bounds are missing, or null when they are defined. */
  public String whyUndefined() {
    if (isPositiveDefinite()) {
      return null;
    }
    return "the Hessian is " + definiteness.meaning() + "; the condition number and step bounds need it "
        + "positive definite";
  }

  /**
   * Newton's step x − H⁻¹∇f(x); on a quadratic with a positive-definite Hessian it lands on the
   * minimum.
   */
  public double[] newtonStep() {
    var lu = new LUDecomposition(new Array2DRowRealMatrix(hessian, true));
    if (!lu.getSolver().isNonSingular()) {
      throw new DescentException("the Hessian is singular here, so Newton's step is undefined");
    }
    RealVector step = lu.getSolver().solve(new ArrayRealVector(gradient));
    double[] out = point.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] -= step.getEntry(i);
    }
    return out;
  }
}
