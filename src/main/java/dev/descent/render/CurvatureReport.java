package dev.descent.render;

import dev.descent.engine.curvature.Curvature;
import java.util.ArrayList;
import java.util.List;

/** The curvature at a point as labelled lines: value, gradient, Hessian, eigenvalues, κ and step bounds. */
public final class CurvatureReport {
  private CurvatureReport() {}

  /** The report of {@code c} for the function {@code text} of {@code vars}. */
  public static List<String> lines(String text, List<String> vars, Curvature c, int digits) {
    List<String> out = new ArrayList<>();
    out.add("f(" + String.join(", ", vars) + ") = " + text);
    out.add("at " + Numbers.assignments(vars, c.point(), digits));
    out.add("");
    out.add("value         " + Numbers.format(c.value(), digits));
    out.add("gradient      " + Numbers.vector(c.gradient(), digits) + "   (d/d" + String.join(", d/d", vars) + ")");
    List<String> matrix = Matrices.lines(c.hessian(), digits);
    for (int i = 0; i < matrix.size(); i++) {
      out.add((i == 0 ? "Hessian       " : "              ") + matrix.get(i));
    }
    StringBuilder eig = new StringBuilder();
    for (double v : c.eigenvalues()) {
      eig.append(eig.length() == 0 ? "" : ", ").append(Numbers.format(v, digits));
    }
    out.add("eigenvalues   " + eig + "   (ascending)");
    out.add("curvature     " + c.definiteness().meaning());
    if (c.isPositiveDefinite()) {
      out.add("condition     kappa = lambda_max/lambda_min = " + Numbers.format(c.condition().getAsDouble(), digits));
      out.add("stable        eta < 2/lambda_max = " + Numbers.format(c.etaMax().getAsDouble(), digits));
      out.add("best step     eta* = 2/(lambda_min + lambda_max) = " + Numbers.format(c.etaOpt().getAsDouble(), digits));
    } else {
      out.add("condition     undefined: " + c.whyUndefined());
    }
    return out;
  }
}
