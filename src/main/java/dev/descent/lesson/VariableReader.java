package dev.descent.lesson;

import dev.descent.engine.DescentException;
import dev.descent.engine.expr.Expression;
import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.Json.JObject;
import dev.descent.problem.VariableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a problem page's {@code variables}: fixed numbers, choices, ranges and calculated values. */
final class VariableReader {
  private final Diagnostics d;

  VariableReader(Diagnostics d) {
    this.d = d;
  }

  /** The page's variables by name, in the file's order; those that cannot be read are reported and left out. */
  Map<String, VariableSpec> variables(Fields f) {
    Map<String, VariableSpec> out = new LinkedHashMap<>();
    Optional<JObject> vars = f.optionalObject("variables");
    if (vars.isEmpty()) {
      return out;
    }
    for (Json.Member m : vars.get().members().values()) {
      if (!ParamReader.validName(m.key())) {
        d.error(m.keyPos(), "\"" + m.key() + "\" is not a usable variable name (letters, digits, _; not e or pi)");
        continue;
      }
      VariableSpec spec = variable(m, out.keySet());
      if (spec != null) {
        out.put(m.key(), spec);
      }
    }
    return out;
  }

  private VariableSpec variable(Json.Member m, Set<String> earlier) {
    Json v = m.value();
    if (v instanceof Json.JNumber n) {
      return new VariableSpec.Fixed(n.value());
    }
    if (!(v instanceof JObject o)) {
      d.error(v.pos(), "variable " + m.key() + " must be a number or one of { \"choose\": [...] }, "
          + "{ \"from\": a, \"to\": b, \"step\": s }, { \"calc\": \"expression\" }");
      return null;
    }
    Fields f = Fields.of(o, d, "variable " + m.key(), Set.of("choose", "from", "to", "step", "calc"));
    int forms = (f.has("choose") ? 1 : 0) + (f.has("calc") ? 1 : 0)
        + (f.has("from") || f.has("to") || f.has("step") ? 1 : 0);
    if (forms > 1) {
      d.error(o.pos(), "variable " + m.key() + " has one of \"choose\", \"calc\" or \"from\"/\"to\"/\"step\", "
          + "not several");
      return null;
    }
    try {
      if (f.has("choose")) {
        List<Double> values = new ArrayList<>();
        for (Json item : f.list("choose")) {
          if (item instanceof Json.JNumber n) {
            values.add(n.value());
          } else {
            d.error(item.pos(), "\"choose\" lists numbers");
          }
        }
        return values.isEmpty() ? null : new VariableSpec.Choose(values);
      }
      if (f.has("calc")) {
        Json c = f.raw("calc");
        if (!(c instanceof Json.JString s)) {
          d.error(c.pos(), "\"calc\" is an expression written as a string");
          return null;
        }
        Expression e = new Scope(earlier, d).expression(s, "\"calc\"");
        if (e == null || !new Scope(earlier, d).known(e.variables(), s.pos(), "\"calc\" of " + m.key(), Set.of())) {
          return null;
        }
        return new VariableSpec.Calc(e);
      }
      Optional<Double> from = f.optionalNumber("from");
      Optional<Double> to = f.optionalNumber("to");
      Optional<Double> step = f.optionalNumber("step");
      if (from.isEmpty() || to.isEmpty() || step.isEmpty()) {
        d.error(o.pos(), "variable " + m.key() + " needs \"choose\", \"calc\", or all of \"from\", \"to\" and \"step\"");
        return null;
      }
      return new VariableSpec.Range(from.get(), to.get(), step.get());
    } catch (DescentException e) {
      d.error(o.pos(), "variable " + m.key() + ": " + e.getMessage());
      return null;
    }
  }
}
