package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.engine.Decimal;
import dev.descent.engine.expr.Notation;
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
    Worked x = Worked.of(r, rule, n);
    if (x == null) {
      return List.of();
    }
    return List.of(
        "Each step multiplies the gap " + x.w + " − " + b(x.m) + " by " + StepFactor.formula(x.curve) + " = "
            + b(x.q) + (x.loss ? "; the loss gap is (f''/2)·(gap)², so it shrinks by " + b(x.ratio) + " a step" : "") + ".",
        x.left() + " = " + b(x.start) + "·" + b(x.ratio) + "^k < " + b(x.tol) + " means " + b(x.ratio) + "^k < "
            + b(x.tol) + "/" + b(x.start) + " = " + b(x.argument()) + ", so k > ln(" + b(x.argument()) + ")/ln("
            + b(x.ratio) + ") = " + b(x.k()) + ": the first whole step is k = " + n + ".");
  }

  /**
   * The same count as a break-down: the factor a step, the gap at the start, the real k where the gap meets
   * the tolerance, then the count ({@code count}, with its own usual mistakes); none where {@link #lines} has none.
   */
  static List<Part> parts(Run r, StoppingRule rule, int n, Outcome count) {
    Worked x = Worked.of(r, rule, n);
    if (x == null) {
      return List.of();
    }
    String gap = x.loss ? "the loss gap " + x.left() : "the gap " + x.left();
    return List.of(
        Part.of("the factor", "Descent on f = " + Notation.of(r.f().text()) + " from " + x.w + "₀ = "
            + b(r.start()[0]) + " with η = " + b(r.eta()) + ": by what factor does each step multiply " + gap + "?",
            new Value.Scalar(x.ratio)),
        Part.of("the gap at the start", "What is " + gap + " at the start, k = 0?", new Value.Scalar(x.start)),
        Part.of("k by logarithms", "What real k solves " + x.left() + " = " + b(x.tol)
            + ", that is (gap at the start)·(factor)^k = " + b(x.tol) + "?", new Value.Scalar(x.k())),
        new Part("the count", "What is the first whole step at which " + x.left() + " < " + b(x.tol) + "?",
            count.answer(), count.mistakes()));
  }

  /** A count worked by logarithms: the gap {@code start} shrinks by {@code ratio} a step down to {@code tol}. */
  private record Worked(String w, double m, double fStar, boolean loss, double curve, double q, double ratio,
      double start, double tol) {
    /** The work for {@code n}, or null when the run has no one factor or the logarithms give another count. */
    static Worked of(Run r, StoppingRule rule, int n) {
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
          return null;
        }
      } else {
        return null;
      }
      OptionalDouble curve = StepFactor.curvature(r, m);
      if (curve.isEmpty()) {
        return null;
      }
      double q = 1 - r.eta() * curve.getAsDouble();
      double gap = Math.abs(r.start()[0] - m);
      double ratio = loss ? q * q : Math.abs(q);
      double start = loss ? curve.getAsDouble() / 2 * gap * gap : gap;
      Worked x = new Worked(r.f().variables().get(0), m, fStar, loss, curve.getAsDouble(), q, ratio, start, tol);
      return ratio > 0 && ratio < 1 && start > tol && Math.floor(x.k()) + 1 == n ? x : null;
    }

    double argument() {
      return tol / start;
    }

    double k() {
      return Math.log(argument()) / Math.log(ratio);
    }

    String left() {
      return loss ? "L(" + w + "_k) − " + b(fStar) : "|" + w + "_k − " + b(m) + "|";
    }
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
