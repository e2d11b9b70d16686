package dev.descent.problem;

import dev.descent.check.UsualMistake;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.AdaGrad;
import dev.descent.engine.optim.Adam;
import dev.descent.engine.optim.EpsPlacement;
import dev.descent.engine.optim.GradientDescent;
import dev.descent.engine.optim.Momentum;
import dev.descent.engine.optim.Nesterov;
import dev.descent.engine.optim.Optimizer;
import dev.descent.engine.optim.RmsProp;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Update;
import java.util.ArrayList;
import java.util.List;

/**
 * A usual wrong way of taking an optimizer's step: a wrong update rule, or the right rule on a
 * wrongly differentiated function, each named by the catalogue's words for it.
 */
record RunSlip(UsualMistake.Wording wording, Update update, Expression function) {

  /** The slips that apply to {@code run}, whose function was written as {@code f}. */
  static List<RunSlip> of(Run run, Expression f) {
    Optimizer opt = run.optimizer();
    Update right = opt::step;
    List<RunSlip> out = new ArrayList<>();
    out.add(new RunSlip(UsualMistakes.ADDED_GRADIENT.said(),
        (x, g, o, s, eta, t) -> mirror(x, right.step(x, g, o, s, eta, t)), null));
    out.add(new RunSlip(UsualMistakes.FORGOT_LEARNING_RATE.said(),
        (x, g, o, s, eta, t) -> right.step(x, g, o, s, 1.0, t), null));
    out.add(new RunSlip(UsualMistakes.DROPPED_TWO.said(), right, Slips.squaresHalved(f)));
    if (opt instanceof Momentum m) {
      out.add(new RunSlip(UsualMistakes.FORGOT_MOMENTUM.said(),
          (x, g, o, s, eta, t) -> new GradientDescent().step(x, g, o, s, eta, t), null));
      out.add(new RunSlip(UsualMistakes.AVERAGED_VELOCITY.said(),
          (x, g, o, s, eta, t) -> {
            double[] next = new double[x.length];
            for (int i = 0; i < x.length; i++) {
              s[0][i] = m.beta() * s[0][i] + (1 - m.beta()) * g[i];
              next[i] = x[i] - eta * s[0][i];
            }
            return next;
          }, null));
    }
    if (opt instanceof Nesterov n) {
      out.add(new RunSlip(UsualMistakes.NESTEROV_GRADIENT_AT_X.said(),
          new Momentum(n.beta())::step, null));
    }
    if (opt instanceof AdaGrad a) {
      out.add(epsMoved(a.placement(), "G", new AdaGrad(a.eps(), other(a.placement()))::step));
      out.add(new RunSlip(UsualMistakes.FORGOT_ROOT.said(),
          (x, g, o, s, eta, t) -> {
            double[] next = new double[x.length];
            for (int i = 0; i < x.length; i++) {
              s[0][i] += g[i] * g[i];
              next[i] = x[i] - eta * g[i] / (s[0][i] + a.eps());
            }
            return next;
          }, null));
    }
    if (opt instanceof RmsProp r) {
      out.add(epsMoved(r.placement(), "v", new RmsProp(r.beta(), r.eps(), other(r.placement()))::step));
      out.add(new RunSlip(UsualMistakes.FORGOT_ONE_MINUS_BETA.said(),
          (x, g, o, s, eta, t) -> {
            double[] next = new double[x.length];
            for (int i = 0; i < x.length; i++) {
              s[0][i] = r.beta() * s[0][i] + g[i] * g[i];
              next[i] = x[i] - eta * r.placement().divide(g[i], s[0][i], r.eps());
            }
            return next;
          }, null));
    }
    if (opt instanceof Adam a) {
      out.add(new RunSlip(UsualMistakes.FORGOT_BIAS_CORRECTION.said(), adam(a, 0, false), null));
      out.add(new RunSlip(UsualMistakes.BIAS_POWER_T_MINUS_1.said(), adam(a, -1, false), null));
      out.add(new RunSlip(UsualMistakes.EPS_INSIDE_ROOT.naming("v_hat"), adam(a, 0, true), null));
    }
    return out;
  }

  /** ε put on the other side of the root than the run's form puts it. */
  private static RunSlip epsMoved(EpsPlacement right, String sum, Update wrong) {
    UsualMistake.Naming moved = right == EpsPlacement.OUTSIDE ? UsualMistakes.EPS_INSIDE_ROOT
        : UsualMistakes.EPS_OUTSIDE_ROOT;
    return new RunSlip(moved.naming(sum), wrong, null);
  }

  private static EpsPlacement other(EpsPlacement p) {
    return p == EpsPlacement.OUTSIDE ? EpsPlacement.INSIDE : EpsPlacement.OUTSIDE;
  }

  /** The point on the other side of x: x - (next - x). */
  private static double[] mirror(double[] x, double[] next) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = 2 * x[i] - next[i];
    }
    return out;
  }

  /**
   * Adam with a wrong bias correction ({@code powerShift} -1 uses t - 1; {@code powerShift} 0 with
   * {@code epsInside} false and no correction when called from forgot-bias-correction) or ε inside
   * the root.
   */
  private static Update adam(Adam a, int powerShift, boolean epsInside) {
    boolean correct = powerShift != 0 || epsInside;
    return (x, g, o, s, eta, t) -> {
      double c1 = correct ? 1 - Math.pow(a.beta1(), t + powerShift) : 1;
      double c2 = correct ? 1 - Math.pow(a.beta2(), t + powerShift) : 1;
      double[] next = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        s[0][i] = a.beta1() * s[0][i] + (1 - a.beta1()) * g[i];
        s[1][i] = a.beta2() * s[1][i] + (1 - a.beta2()) * g[i] * g[i];
        s[2][i] = s[0][i] / c1;
        s[3][i] = s[1][i] / c2;
        double denominator = epsInside ? Math.sqrt(s[3][i] + a.eps()) : Math.sqrt(s[3][i]) + a.eps();
        next[i] = x[i] - eta * s[2][i] / denominator;
      }
      return next;
    };
  }

  /** The function this slip differentiates: the run's own, or the slipped one bound the same way. */
  Objective objective(Run run) {
    return function == null ? run.f() : function.bind(run.f().variables());
  }
}
