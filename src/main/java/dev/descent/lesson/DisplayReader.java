package dev.descent.lesson;

import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.Json.JObject;
import dev.descent.problem.Computation;
import dev.descent.problem.FunctionParam;
import dev.descent.problem.NumParam;
import dev.descent.problem.PointParam;
import dev.descent.problem.RunSpec;
import dev.descent.problem.FeatureSgdComputation;
import dev.descent.problem.SgdComputation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the displays of a page's {@code show} list. */
final class DisplayReader {
  static final Map<String, Set<String>> PARAMS = Map.of(
      "table", with(ParamReader.RUN, "columns", "state", "every"),
      "plot", with(ParamReader.RUN, "series"),
      "contour", ParamReader.RUN,
      "compare", Set.of("runs", "steps"),
      "hessian", Set.of("f", "at"),
      "sgd", Set.of("model", "w", "b", "eta", "x", "y", "batch"));

  private DisplayReader() {}

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> s = new HashSet<>(base);
    s.addAll(List.of(more));
    return Set.copyOf(s);
  }

  static List<DisplaySpec> read(List<Json> items, JObject with, Scope scope) {
    List<DisplaySpec> out = new ArrayList<>();
    Diagnostics d = scope.diags();
    for (Json item : items) {
      if (!(item instanceof JObject o) || o.members().size() != 1) {
        d.error(item.pos(), "each display is an object with one field: " + String.join(", ",
            new java.util.TreeSet<>(PARAMS.keySet())) + ", as in { \"table\": { … } }");
        continue;
      }
      Json.Member m = o.members().values().iterator().next();
      Set<String> allowed = PARAMS.get(m.key());
      if (allowed == null) {
        d.error(m.keyPos(), Fields.unknownField(m.key(), "a display", PARAMS.keySet()));
        continue;
      }
      if (!(m.value() instanceof JObject params)) {
        d.error(m.value().pos(), "\"" + m.key() + "\" must be an object of parameters");
        continue;
      }
      Fields.of(params, d, "a " + m.key() + " display", allowed);
      JObject merged = params.withDefaults(runPart(with));
      ParamReader p = new ParamReader(merged, scope, "the " + m.key() + " display");
      int before = d.count();
      DisplaySpec spec = build(m.key(), p, params, scope);
      if (spec != null && d.count() == before) {
        out.add(spec);
      }
    }
    return out;
  }

  /** Only the run parameters of a problem's {@code with} flow into displays. */
  private static JObject runPart(JObject with) {
    if (with == null) {
      return null;
    }
    Map<String, Json.Member> keep = new java.util.LinkedHashMap<>();
    for (Json.Member m : with.members().values()) {
      if (ParamReader.RUN.contains(m.key()) || m.key().equals("at")) {
        keep.put(m.key(), m);
      }
    }
    return new JObject(with.pos(), keep);
  }

  private static DisplaySpec build(String kind, ParamReader p, JObject own, Scope scope) {
    switch (kind) {
      case "table" -> {
        RunSpec run = p.run();
        List<String> columns = strings(p, "columns");
        return run == null ? null : new DisplaySpec.Table(run, columns, bool(p, "state"), own.pos(), every(p));
      }
      case "plot" -> {
        RunSpec run = p.run();
        List<String> series = strings(p, "series");
        return run == null ? null : new DisplaySpec.Plot(run, series, own.pos());
      }
      case "contour" -> {
        RunSpec run = p.run();
        if (run != null && run.start().names().size() != 2) {
          p.diags().error(own.pos(), "a contour map needs a function of two coordinates");
          return null;
        }
        return run == null ? null : new DisplaySpec.Contour(run, own.pos());
      }
      case "compare" -> {
        Json runs = own.get("runs");
        if (!(runs instanceof Json.JArray a) || a.items().isEmpty()) {
          p.diags().error(own.pos(), "\"compare\" needs \"runs\", a list of runs each with a \"label\"");
          return null;
        }
        List<String> labels = new ArrayList<>();
        List<RunSpec> specs = new ArrayList<>();
        for (Json r : a.items()) {
          if (!(r instanceof JObject ro)) {
            p.diags().error(r.pos(), "each run to compare is an object");
            return null;
          }
          Set<String> allowed = new HashSet<>(ParamReader.RUN);
          allowed.add("label");
          Fields.of(ro, p.diags(), "a run to compare", allowed);
          ParamReader rp = new ParamReader(ro.withDefaults(p.params()), scope, "a run to compare");
          String label = rp.string("label");
          RunSpec spec = rp.run();
          if (label == null || spec == null) {
            return null;
          }
          labels.add(label);
          specs.add(spec);
        }
        NumParam steps = p.optionalNumber("steps");
        return new DisplaySpec.Compare(labels, specs, steps, own.pos());
      }
      case "hessian" -> {
        PointParam at = p.point("at");
        FunctionParam f = at == null ? null : p.function("f", at.names());
        return f == null ? null : new DisplaySpec.Hessian(f, at, own.pos());
      }
      default -> {
        JObject withTake = new JObject(p.params().pos(), withTake(p.params()));
        Computation c = ComputationReader.read(with("sgd", withTake), null,
            new QuestionFacts(dev.descent.course.QuestionKind.NUMBER, List.of(), false, List.of(), null), scope);
        return c instanceof SgdComputation || c instanceof FeatureSgdComputation ? new DisplaySpec.Sgd(c, own.pos()) : null;
      }
    }
  }

  private static Map<String, Json.Member> withTake(JObject o) {
    Map<String, Json.Member> m = new java.util.LinkedHashMap<>(o.members());
    m.put("take", new Json.Member("take", o.pos(), new Json.JString(o.pos(), "loss")));
    return m;
  }

  private static JObject with(String compute, JObject o) {
    Map<String, Json.Member> m = new java.util.LinkedHashMap<>(o.members());
    m.put("compute", new Json.Member("compute", o.pos(), new Json.JString(o.pos(), compute)));
    return new JObject(o.pos(), m);
  }

  private static List<String> strings(ParamReader p, String key) {
    Json v = p.raw(key);
    if (v == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (v instanceof Json.JArray a) {
      for (Json item : a.items()) {
        if (item instanceof Json.JString s) {
          out.add(s.value());
        } else {
          p.diags().error(item.pos(), "\"" + key + "\" lists names as strings");
        }
      }
      return out;
    }
    p.diags().error(v.pos(), "\"" + key + "\" must be a list of names");
    return null;
  }

  /** A table's {@code every}: show every n-th step (and the last); 1 when not given. */
  private static int every(ParamReader p) {
    Json v = p.raw("every");
    if (v == null) {
      return 1;
    }
    if (v instanceof Json.JNumber n && n.value() == Math.rint(n.value()) && n.value() >= 1 && n.value() <= 1_000_000) {
      return (int) n.value();
    }
    p.diags().error(v.pos(), "\"every\" is a whole number of steps, 1 to 1000000: the table shows every n-th step and the last");
    return 1;
  }

  private static boolean bool(ParamReader p, String key) {
    Json v = p.raw(key);
    if (v == null) {
      return false;
    }
    if (v instanceof Json.JBool b) {
      return b.value();
    }
    p.diags().error(v.pos(), "\"" + key + "\" must be true or false");
    return false;
  }
}
