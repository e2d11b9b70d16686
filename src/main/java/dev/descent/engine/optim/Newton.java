package dev.descent.engine.optim;

import dev.descent.engine.Decimal;
import dev.descent.engine.curvature.Definiteness;
import dev.descent.engine.curvature.SymmetricEigen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Newton's method with H the exact Hessian at x (η = 1 is Newton's own step, which lands on a
 * quadratic's minimum at once). Where H is not positive definite the step would head for
 * a saddle or a maximum, or is undefined, so the rule refuses it and the run stops there, saying why.
 */
public record Newton() implements Optimizer {
  @Override public OptimizerForm form() { return OptimizerForm.NEWTON; }

  @Override public Map<String, Double> hyperparameters() { return Map.of(); }

  @Override public List<String> formula() {
    return List.of("x ← x − η·H⁻¹·g   (H: the Hessian at x)", "(η = 1 is Newton's own step; the run",
        "stops where H is not positive definite)");
  }

  @Override
  public double[] step(double[] x, double[] g, GradientOracle oracle, double[][] state, double eta, int t) {
    boolean flat = true;
    for (double v : g) {
      flat &= v == 0;
    }
    if (flat) {
      return x.clone();
    }
    SymmetricEigen h = SymmetricEigen.of(oracle.hessian(x));
    Definiteness d = h.definiteness();
    if (d != Definiteness.POSITIVE_DEFINITE) {
      throw new StepRefused("Newton's step needs a positive-definite Hessian: at (" + list(x) + ") its eigenvalues are "
          + list(ascending(h.values())) + ", so it is " + d.meaning() + ", and x − H⁻¹g would not lead to a minimum");
    }
    double[] step = h.solve(g);
    double[] next = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      next[i] = x[i] - eta * step[i];
    }
    return next;
  }

  private static double[] ascending(double[] v) {
    double[] sorted = v.clone();
    java.util.Arrays.sort(sorted);
    return sorted;
  }

  private static String list(double[] v) {
    List<String> out = new ArrayList<>();
    for (double d : v) {
      out.add(Decimal.brief(d));
    }
    return String.join(", ", out);
  }
}
