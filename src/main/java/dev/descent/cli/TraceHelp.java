package dev.descent.cli;

import dev.descent.engine.Decimal;
import dev.descent.engine.optim.HyperParameter;
import dev.descent.engine.optim.OptimizerForm;
import java.util.ArrayList;
import java.util.List;

/** The footer of {@code trace --help}: the optimizer forms and schedules, written from the engine's catalogues. */
final class TraceHelp {
  private static final int NAME_WIDTH = 20;

  private TraceHelp() {}

  static List<String> footer() {
    List<String> out = new ArrayList<>();
    out.add("");
    out.add("Optimizers (--optimizer NAME); g is the gradient at x, t the step (1 first):");
    for (OptimizerForm f : OptimizerForm.values()) {
      List<String> formula = f.formula();
      for (int i = 0; i < formula.size(); i++) {
        String name = i == 0 ? f.id() : "";
        out.add("  " + name + " ".repeat(Math.max(1, NAME_WIDTH - name.length())) + formula.get(i));
      }
      if (!f.parameters().isEmpty()) {
        List<String> settings = new ArrayList<>();
        for (HyperParameter p : f.parameters()) {
          settings.add(p.symbol() + " = " + Decimal.brief(p.fallback()));
        }
        out.add("  " + " ".repeat(NAME_WIDTH) + "[defaults " + String.join(", ", settings) + "]");
      }
    }
    out.add("Settings, each by its option:");
    for (HyperParameter p : HyperParameter.values()) {
      String name = p.option() + " (" + p.symbol() + ")";
      out.add("  " + name + " ".repeat(Math.max(1, NAME_WIDTH - name.length())) + p.allowed());
    }
    out.add("");
    out.add("Schedules (--schedule); k is the number of the update, 1 for the first:");
    out.add("  constant            η_k = η");
    out.add("  step:gamma=G,every=S");
    out.add("                      η_k = η·G^⌊k/S⌋");
    out.add("  invsqrt             η_k = η/√k");
    out.add("  cosine[:K=N]        η_k = η·(1 + cos(πk/K))/2 up to k = K, then 0");
    out.add("                      (K defaults to --steps)");
    out.add("  restarts:K=N        cosine with warm restarts: back to η every K steps");
    out.add("PyTorch's StepLR(step_size=S, gamma=G) and CosineAnnealingLR(T_max=K) count");
    out.add("from 0: in the usual loop (optimizer.step(), then scheduler.step()) update k");
    out.add("gets descent's rate of update k − 1, so descent runs one step ahead; calling");
    out.add("scheduler.step() before optimizer.step() gives descent's rates. Past K,");
    out.add("CosineAnnealingLR's rate rises again (it repeats every 2K steps); descent's");
    out.add("stays 0.");
    out.add("");
    out.add("A run that overflows or passes 1e12 in any coordinate stops and reports the");
    out.add("step; newton stops where the Hessian is not positive definite, and says why.");
    return out;
  }
}
