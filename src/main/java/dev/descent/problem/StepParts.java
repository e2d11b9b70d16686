package dev.descent.problem;

import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Trajectory;
import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of one step of a run, as a learner works them out from the row before: the gradient there,
 * then the optimizer's state in its own order (Adam's m, v, m_hat, v_hat; momentum's velocity), then
 * the values the step ends in. Each part is a {@link TrajectoryValue} of its own, so it brings that
 * computation's usual mistakes along. The row before is given, since a break-down takes apart one step.
 */
final class StepParts {
  private StepParts() {}

  /**
   * The parts of step {@code k} of {@code run} (k at least 1), ending in the values {@code ends} names
   * (as a question's {@code take}), or up to and including the state {@code ends} names.
   */
  static List<Part> of(RunSpec run, Bindings b, int k, List<String> ends) {
    Run base = run.build(b, k);
    List<String> vars = base.f().variables();
    List<String> states = base.optimizer().stateNames();
    List<String> takes = new ArrayList<>();
    takes.add("grad");
    String endState = ends.size() == 1 ? stateOf(ends.get(0), states) : null;
    for (String s : states) {
      if (s.equals(endState)) {
        break;
      }
      takes.add(s);
    }
    takes.addAll(ends);
    List<Part> out = new ArrayList<>();
    for (String take : takes) {
      int at = take.equals("grad") ? k - 1 : k;
      Outcome o = new TrajectoryValue(run, NumParam.of(at), take).evaluate(b);
      String header = Quantity.parse(take, vars, states).header(vars);
      String name = take.equals("grad") ? "the gradient" : header.equals("(" + String.join(", ", vars) + ")")
          ? "the point" : header;
      String where = out.isEmpty() && k > 1 ? "From the row of step " + (k - 1) + " (" + row(run, b, k - 1) + "): " : "";
      String prompt = where + "what is " + (take.equals("grad") ? "the gradient" : name) + " at step " + at + "?";
      prompt = Character.toUpperCase(prompt.charAt(0)) + prompt.substring(1);
      // The gradient is read off the row before, which the prompt gives: slips of earlier steps do not apply.
      out.add(new Part(name, prompt, o.answer(), take.equals("grad") ? List.of() : o.mistakes()));
    }
    return out;
  }

  /** The state {@code take} names ("m" of "m.x" or "m"), or null when it names none. */
  private static String stateOf(String take, List<String> states) {
    String head = take.contains(".") ? take.substring(0, take.indexOf('.')) : take;
    return states.contains(head) ? head : null;
  }

  /** The point and state of a row, as the learner reads it off a table. */
  private static String row(RunSpec run, Bindings b, int k) {
    Run base = run.build(b, k);
    Trajectory t = Trajectory.of(base.withSteps(Math.max(base.steps(), k) + 1));
    Snapshot s = VariantRun.of(t.rows().get(k));
    List<String> vars = base.f().variables();
    List<String> said = new ArrayList<>();
    said.add(Numbers.assignments(vars, s.point()));
    List<String> states = base.optimizer().stateNames();
    for (int i = 0; i < states.size(); i++) {
      Quantity q = vars.size() == 1 ? new Quantity.StateCoordinate(i, states.get(i), 0)
          : new Quantity.State(i, states.get(i));
      said.add(states.get(i) + " = " + q.read(s, base.f()).show());
    }
    return String.join(", ", said);
  }
}
