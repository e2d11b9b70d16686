package dev.descent.problem;

import dev.descent.course.QuestionKind;
import dev.descent.render.Numbers;
import dev.descent.engine.Vectors;
import dev.descent.check.Value;
import dev.descent.engine.DescentException;
import dev.descent.engine.curvature.Curvature;
import dev.descent.engine.optim.Behaviour;
import dev.descent.engine.optim.Judgement;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Trajectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Whether a run converges, converges while oscillating, oscillates or diverges, as a choice. */
public record BehaviourChoice(RunSpec run, PointParam minimum, Set<String> offered) implements Computation {
  /** The choice id of each behaviour. */
  public static final Map<Behaviour, String> IDS = Map.of(
      Behaviour.CONVERGES, "converges",
      Behaviour.CONVERGES_OSCILLATING, "oscillating",
      Behaviour.OSCILLATES, "oscillates",
      Behaviour.DIVERGES, "diverges");
  /** Steps run when the file gives none. */
  public static final int DEFAULT_STEPS = 50;

  public BehaviourChoice {
    offered = Set.copyOf(offered);
  }

  @Override public QuestionKind kind() { return QuestionKind.CHOICE; }

  @Override
  public Outcome evaluate(Bindings b) {
    Run r = run.build(b, DEFAULT_STEPS);
    double[] target = minimum == null ? newtonMinimum(r) : minimum.eval(b);
    Trajectory t = Trajectory.of(r);
    Judgement judgement = Behaviour.judge(t, target);
    Behaviour behaviour = judgement.behaviour();
    String id = IDS.get(behaviour);
    if (!offered.contains(id) && behaviour == Behaviour.CONVERGES_OSCILLATING) {
      id = IDS.get(Behaviour.CONVERGES);
    }
    if (!offered.contains(id)) {
      throw new DescentException("the run " + behaviour.words() + ", which is not among the choices " + offered);
    }
    return new Outcome(new Value.Choice(Set.of(id)), List.of(), () -> {
      List<String> solution = new ArrayList<>(Explain.setting(r));
      solution.add("");
      solution.addAll(Explain.table(t, Math.min(6, t.rows().size() - 1)));
      solution.add("");
      solution.add("Over " + (t.rows().size() - 1) + " steps the run " + behaviour.words() + " (minimum at "
          + Numbers.assignments(r.f().variables(), target) + "): " + judgement.reason() + ".");
      return solution;
    });
  }

  /** The minimum found by Newton's method from the start (one step for a quadratic). */
  static double[] newtonMinimum(Run r) {
    double[] x = r.start();
    for (int i = 0; i < 50; i++) {
      Curvature c = Curvature.at(r.f(), x);
      if (!c.isPositiveDefinite()) {
        throw new DescentException("give the minimum (\"minimum\"): the function is not curved upward at "
            + Numbers.assignments(r.f().variables(), x));
      }
      double[] next = c.newtonStep();
      double move = 0;
      for (int j = 0; j < x.length; j++) {
        move = Math.max(move, Math.abs(next[j] - x[j]));
      }
      x = next;
      if (move < 1e-13 * (1 + Vectors.largest(x))) {
        return x;
      }
    }
    return x;
  }
}
