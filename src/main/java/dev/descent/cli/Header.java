package dev.descent.cli;

import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Schedule;
import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The lines above a trace table that say what was run. */
final class Header {
  private Header() {}

  static List<String> lines(Run run) {
    List<String> vars = run.f().variables();
    List<String> out = new ArrayList<>();
    out.add("f(" + String.join(", ", vars) + ") = " + run.f().text());
    StringBuilder how = new StringBuilder(run.optimizer().name());
    how.append(", eta = ").append(Numbers.format(run.eta()));
    for (Map.Entry<String, Double> p : run.optimizer().hyperparameters().entrySet()) {
      how.append(", ").append(p.getKey()).append(" = ").append(Numbers.format(p.getValue()));
    }
    if (!(run.schedule() instanceof Schedule.Constant)) {
      how.append(", schedule ").append(run.schedule().formula());
    }
    if (run.clipping().isOn()) {
      how.append(", gradient clipped to norm ").append(Numbers.format(run.clipping().tau()));
    }
    out.add(how.toString());
    out.add(run.steps() + (run.steps() == 1 ? " step" : " steps") + " from " + Numbers.assignments(vars, run.start()));
    return out;
  }
}
