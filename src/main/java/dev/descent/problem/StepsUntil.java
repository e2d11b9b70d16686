package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.DescentException;
import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.StoppingRule;
import dev.descent.engine.optim.Trajectory;
import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The first step at which a run meets a stated criterion. */
public record StepsUntil(RunSpec run, Until until) implements Computation {
  /** Steps tried when the file gives none. */
  public static final int DEFAULT_MAX = RunSpec.MAX_STEPS;

  /** A criterion as written in the file. */
  public sealed interface Until permits Distance, LossGap, GradNorm {
    StoppingRule rule(Bindings b, Run r);
  }

  /** ‖x − to‖ &lt; tol. */
  public record Distance(PointParam to, NumParam tol) implements Until {
    @Override public StoppingRule rule(Bindings b, Run r) {
      return new StoppingRule.DistanceBelow(to.eval(b), tol.eval(b));
    }
  }

  /** f − fstar &lt; tol. */
  public record LossGap(NumParam fstar, NumParam tol) implements Until {
    @Override public StoppingRule rule(Bindings b, Run r) {
      return new StoppingRule.LossGapBelow(fstar.eval(b), tol.eval(b));
    }
  }

  /** ‖∇f‖ &lt; tol. */
  public record GradNorm(NumParam tol) implements Until {
    @Override public StoppingRule rule(Bindings b, Run r) {
      return new StoppingRule.GradientNormBelow(tol.eval(b));
    }
  }

  @Override
  public java.util.Optional<RunSpec> stepped() {
    return java.util.Optional.of(run);
  }

  @Override public QuestionKind kind() { return QuestionKind.NUMBER; }

  @Override
  public Outcome evaluate(Bindings b) {
    Run r = run.build(b, DEFAULT_MAX);
    StoppingRule rule = until.rule(b, r);
    OptionalInt k = StoppingRule.firstStep(r, rule);
    if (k.isEmpty()) {
      throw new DescentException("the run does not meet " + rule.describe(r.f()) + " within " + r.steps() + " steps");
    }
    int n = k.getAsInt();
    List<Mistake> mistakes = new ArrayList<>();
    if (n >= 1) {
      mistakes.add(UsualMistakes.ONE_STEP_TOO_FEW.at(n - 1).of(new Value.Scalar(n - 1)));
    }
    mistakes.add(UsualMistakes.ONE_STEP_TOO_MANY.at(n + 1).of(new Value.Scalar(n + 1)));
    if (rule instanceof StoppingRule.DistanceBelow d) {
      double fStar = r.f().value(d.target());
      OptionalInt other = StoppingRule.firstStep(r, new StoppingRule.LossGapBelow(fStar, d.tol()));
      if (other.isPresent()) {
        mistakes.add(UsualMistakes.OTHER_CRITERION.with(d.tol(), rule.describe(r.f()))
            .of(new Value.Scalar(other.getAsInt())));
      }
    }
    Outcome count = new Outcome(new Value.Scalar(n), mistakes, () -> {
      Trajectory t = Trajectory.of(r.withSteps(n));
      List<String> solution = new ArrayList<>(Explain.setting(r));
      solution.add("Criterion: " + rule.describe(r.f()));
      solution.add("");
      for (int j = Math.max(0, n - 3); j <= n; j++) {
        Row row = t.rows().get(j);
        solution.add("step " + j + ": " + Explain.point(r.f().variables(), row.point()) + ", loss " + Numbers.format(row.loss())
            + (rule.holds(row) ? "  -> holds" : "  -> not yet"));
      }
      List<String> worked = GapCount.lines(r, rule, n);
      if (!worked.isEmpty()) {
        solution.add("");
        solution.addAll(worked);
      }
      solution.add("");
      solution.add("Answer: " + n + " steps");
      return solution;
    });
    return count.withParts(row -> GapCount.parts(r, rule, n, count));
  }
}
