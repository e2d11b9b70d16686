package dev.descent.problem;

import dev.descent.engine.Decimal;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.StepFactor;
import dev.descent.engine.optim.StoppingRule;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A step count worked by logarithms, as the hints teach it, for plain descent on a parabola: the gap to
 * the minimum is multiplied by q = 1 − ηf'' at every step, so |w_k − m| = |w₀ − m|·|q|^k, and the loss gap
 * is (f''/2)·(w_k − m)², which shrinks by q² a step. The count is the first whole k past ln(a)/ln(r).
 */
final class GapCount {
  private GapCount() {}

  /** The lines that work out {@code n} by logarithms, or none when the run has no one factor or they disagree. */
  static List<String> lines(Run r, StoppingRule rule, int n) {
    double m;
    double tol;
    double fStar = 0;
    boolean loss = rule instanceof StoppingRule.LossGapBelow;
    if (rule instanceof StoppingRule.DistanceBelow d && d.target().length == 1) {
      m = d.target()[0];
      tol = d.tol();
    } else if (rule instanceof StoppingRule.LossGapBelow g) {
      m = minimum(r);
      tol = g.tol();
      fStar = g.fStar();
      if (Double.isNaN(m) || Math.abs(r.f().value(new double[] {m}) - g.fStar()) > 1e-12 * (1 + Math.abs(g.fStar()))) {
        return List.of();
      }
    } else {
      return List.of();
    }
    OptionalDouble curve = StepFactor.curvature(r, m);
    if (curve.isEmpty()) {
      return List.of();
    }
    double q = 1 - r.eta() * curve.getAsDouble();
    double gap = Math.abs(r.start()[0] - m);
    double ratio = loss ? q * q : Math.abs(q);
    double start = loss ? curve.getAsDouble() / 2 * gap * gap : gap;
    if (!(ratio > 0 && ratio < 1 && start > tol)) {
      return List.of();
    }
    double argument = tol / start;
    double k = Math.log(argument) / Math.log(ratio);
    if (Math.floor(k) + 1 != n) {
      return List.of();
    }
    String w = r.f().variables().get(0);
    String left = loss ? "L(" + w + "_k) − " + b(fStar) : "|" + w + "_k − " + b(m) + "|";
    return List.of(
        "Each step multiplies the gap " + w + " − " + b(m) + " by " + StepFactor.formula(curve.getAsDouble()) + " = "
            + b(q) + (loss ? "; the loss gap is (f''/2)·(gap)², so it shrinks by " + b(ratio) + " a step" : "") + ".",
        left + " = " + b(start) + "·" + b(ratio) + "^k < " + b(tol) + " means " + b(ratio) + "^k < " + b(tol) + "/"
            + b(start) + " = " + b(argument) + ", so k > ln(" + b(argument) + ")/ln(" + b(ratio) + ") = " + b(k)
            + ": the first whole step is k = " + n + ".");
  }

  /** The minimum of a parabola of one variable: one Newton step from the start. */
  private static double minimum(Run r) {
    double[] x = r.start();
    double g = r.f().gradient(x)[0];
    double h = r.f().hessian(x)[0][0];
    return h > 0 ? x[0] - g / h : Double.NaN;
  }

  private static String b(double v) {
    return Decimal.brief(v).replace('-', '−');
  }
}
