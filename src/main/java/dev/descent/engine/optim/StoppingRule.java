package dev.descent.engine.optim;

import dev.descent.engine.Decimal;
import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import java.util.OptionalInt;

/** A stated criterion for "close enough", used to count the steps a run needs. */
public sealed interface StoppingRule permits StoppingRule.DistanceBelow, StoppingRule.LossGapBelow,
    StoppingRule.GradientNormBelow {

  /** True when the row meets the criterion. */
  boolean holds(Row row);

  /** The criterion in words with symbols, for prompts and solutions. */
  String describe(Objective f);

  /** ‖x − target‖ &lt; tol (for one coordinate, |w − target| &lt; tol). */
  record DistanceBelow(double[] target, double tol) implements StoppingRule {
    public DistanceBelow {
      positive(tol);
      target = target.clone();
    }

    @Override public boolean holds(Row row) {
      double[] d = new double[target.length];
      for (int i = 0; i < d.length; i++) {
        d[i] = row.point()[i] - target[i];
      }
      return Clipping.norm(d) < tol;
    }

    @Override public String describe(Objective f) {
      if (target.length == 1) {
        return "|" + f.variables().get(0) + " − " + plain(target[0]) + "| < " + plain(tol);
      }
      return "‖x − x*‖ < " + plain(tol);
    }
  }

  /** f(x) − fStar &lt; tol. */
  record LossGapBelow(double fStar, double tol) implements StoppingRule {
    public LossGapBelow {
      positive(tol);
    }

    @Override public boolean holds(Row row) {
      return row.loss() - fStar < tol;
    }

    @Override public String describe(Objective f) {
      return "f − " + plain(fStar) + " < " + plain(tol);
    }
  }

  /** ‖∇f(x)‖ &lt; tol. */
  record GradientNormBelow(double tol) implements StoppingRule {
    public GradientNormBelow {
      positive(tol);
    }

    @Override public boolean holds(Row row) {
      return Clipping.norm(row.gradient()) < tol;
    }

    @Override public String describe(Objective f) {
      return "‖∇f‖ < " + plain(tol);
    }
  }

  /**
   * The first step k ≤ {@code run.steps()} at which the rule holds (0 if it holds at the start), or
   * empty when it does not within the run or the run diverges first.
   */
  static OptionalInt firstStep(Run run, StoppingRule rule) {
    int[] found = {-1};
    Trajectory.stream(run, row -> {
      if (rule.holds(row)) {
        found[0] = row.step();
        return false;
      }
      return true;
    });
    return found[0] < 0 ? OptionalInt.empty() : OptionalInt.of(found[0]);
  }

  private static void positive(double tol) {
    if (!(tol > 0 && Double.isFinite(tol))) {
      throw new DescentException("a tolerance must be a positive number, got " + Decimal.of(tol));
    }
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
