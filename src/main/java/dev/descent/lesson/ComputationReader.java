package dev.descent.lesson;

import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.model.Model;
import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.Json.JObject;
import dev.descent.problem.BehaviourChoice;
import dev.descent.problem.BoundComputation;
import dev.descent.problem.ClipComputation;
import dev.descent.problem.Computation;
import dev.descent.problem.DerivativeComputation;
import dev.descent.problem.FixedChoice;
import dev.descent.problem.FormulaComputation;
import dev.descent.problem.FunctionParam;
import dev.descent.problem.GradientComputation;
import dev.descent.problem.HessianComputation;
import dev.descent.problem.NewtonComputation;
import dev.descent.problem.NumParam;
import dev.descent.problem.PointParam;
import dev.descent.problem.RunSpec;
import dev.descent.problem.ScheduleComputation;
import dev.descent.problem.ScoreComputation;
import dev.descent.problem.SgdComputation;
import dev.descent.problem.StepsUntil;
import dev.descent.problem.TrajectoryTableComputation;
import dev.descent.problem.TrajectoryValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a question's {@code answer} (with the problem's {@code with}) into a computation of the engine. */
final class ComputationReader {

  /** The parameters each computation takes, besides {@code compute}. */
  static final Map<String, Set<String>> PARAMS = Map.ofEntries(
      Map.entry("trajectory", union(ParamReader.RUN, Set.of("step", "take"))),
      Map.entry("table", ParamReader.RUN),
      Map.entry("steps_until", union(ParamReader.RUN, Set.of("until"))),
      Map.entry("behaviour", union(ParamReader.RUN, Set.of("minimum"))),
      Map.entry("sgd", Set.of("model", "w", "b", "eta", "x", "y", "batch", "take")),
      Map.entry("gradient", Set.of("f", "at", "take")),
      Map.entry("derivative", Set.of("f", "wrt", "at")),
      Map.entry("hessian", Set.of("f", "at", "take", "entry")),
      Map.entry("newton", Set.of("f", "at", "take")),
      Map.entry("schedule", Set.of("schedule", "eta", "k", "total")),
      Map.entry("clip", Set.of("g", "tau", "take")),
      Map.entry("bound", Set.of("x0", "xstar", "eta", "k")),
      Map.entry("score", Set.of("theta", "take")),
      Map.entry("formula", Set.of("expr")),
      Map.entry("fixed", Set.of("correct", "explain")));

  /** Every parameter of any computation: what a problem's {@code with} may hold. */
  static final Set<String> ALL = allParams();

  private ComputationReader() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return Set.copyOf(s);
  }

  private static Set<String> allParams() {
    Set<String> s = new HashSet<>();
    for (Set<String> names : PARAMS.values()) {
      s.addAll(names);
    }
    return Set.copyOf(s);
  }

  /**
   * The computation of {@code own} (the question's answer object) merged over {@code with}; null
   * (with diagnostics) when it cannot be read or does not fit the question.
   */
  static Computation read(JObject own, JObject with, QuestionFacts q, Scope scope) {
    Diagnostics d = scope.diags();
    Json kindNode = own.get("compute");
    if (!(kindNode instanceof Json.JString ks)) {
      d.error(own.pos(), "\"answer\" needs \"compute\", the name of a computation (" + names() + ")");
      return null;
    }
    String kind = ks.value();
    Set<String> allowed = PARAMS.get(kind);
    if (allowed == null) {
      String near = Suggest.closest(kind, PARAMS.keySet());
      d.error(ks.pos(), "unknown computation \"" + kind + "\"" + (near == null ? " (known: " + names() + ")"
          : "; did you mean \"" + near + "\"?"));
      return null;
    }
    Set<String> ownAllowed = new HashSet<>(allowed);
    ownAllowed.add("compute");
    Fields.of(own, d, "a \"" + kind + "\" answer", ownAllowed);
    JObject merged = own.withDefaults(with);
    ParamReader p = new ParamReader(merged, scope, "the \"" + kind + "\" computation");
    int before = d.count();
    Computation c;
    try {
      c = build(kind, p, q);
    } catch (DescentException e) {
      d.error(own.pos(), e.getMessage());
      return null;
    }
    if (c == null || d.count() > before) {
      return null;
    }
    QuestionKind gives = kindOf(c);
    if (gives != q.kind()) {
      d.error(own.pos(), "a \"" + kind + "\" computation" + takeText(merged) + " gives " + gives.article()
          + ", but the question's kind is " + q.kind().id() + "; use \"kind\": \"" + gives.id() + "\"");
      return null;
    }
    return c;
  }

  private static String takeText(JObject o) {
    return o.get("take") instanceof Json.JString s ? " taking \"" + s.value() + "\"" : "";
  }

  private static QuestionKind kindOf(Computation c) {
    if (c instanceof TrajectoryValue t) {
      RunSpec r = t.run();
      return t.kind(r.start().names(), ParamReader.stateNames(r));
    }
    return c.kind();
  }

  static String names() {
    return String.join(", ", new java.util.TreeSet<>(PARAMS.keySet()));
  }

  private static Computation build(String kind, ParamReader p, QuestionFacts q) {
    switch (kind) {
      case "trajectory" -> {
        RunSpec run = p.run();
        NumParam step = p.number("step");
        String take = p.string("take");
        if (run == null || step == null || take == null) {
          return null;
        }
        TrajectoryValue t = new TrajectoryValue(run, step, take);
        t.kind(run.start().names(), ParamReader.stateNames(run));
        return t;
      }
      case "table" -> {
        RunSpec run = p.run();
        if (run == null) {
          return null;
        }
        if (q.columns().isEmpty() || q.rows() == null) {
          p.diags().error(p.params().pos(), "a table question needs \"columns\" and \"rows\": [first, last]");
          return null;
        }
        TrajectoryTableComputation t = new TrajectoryTableComputation(run, q.columns(), q.rows()[0], q.rows()[1]);
        for (String c : q.columns()) {
          dev.descent.problem.TrajectoryValue probe = new TrajectoryValue(run, NumParam.of(1), c);
          if (probe.kind(run.start().names(), ParamReader.stateNames(run)) != QuestionKind.NUMBER) {
            throw new DescentException("table column \"" + c + "\" is not a single number; name one coordinate, as in \""
                + c + "." + run.start().names().get(0) + "\"");
          }
        }
        return t;
      }
      case "steps_until" -> {
        RunSpec run = p.run();
        StepsUntil.Until until = until(p, run);
        return run == null || until == null ? null : new StepsUntil(run, until);
      }
      case "behaviour" -> {
        RunSpec run = p.run();
        PointParam min = p.raw("minimum") == null ? null : p.point("minimum");
        if (run == null) {
          return null;
        }
        Set<String> offered = new LinkedHashSet<>();
        q.choices().forEach(o -> offered.add(o.id()));
        Set<String> known = new HashSet<>(BehaviourChoice.IDS.values());
        for (String id : offered) {
          if (!known.contains(id)) {
            throw new DescentException("a behaviour question's choices have the ids converges, oscillating, oscillates "
                + "and diverges; \"" + id + "\" is not one of them");
          }
        }
        if (offered.isEmpty()) {
          throw new DescentException("a behaviour question needs \"choices\" with ids among converges, oscillating, "
              + "oscillates, diverges");
        }
        return new BehaviourChoice(run, min, offered);
      }
      case "sgd" -> {
        return sgd(p);
      }
      case "gradient", "newton" -> {
        PointParam at = p.point("at");
        FunctionParam f = at == null ? null : p.function("f", at.names());
        String take = p.optionalString("take");
        if (f == null) {
          return null;
        }
        String def = kind.equals("gradient") ? "vector" : "point";
        take = take == null ? def : take;
        if (!take.equals(def) && !at.names().contains(take)) {
          throw new DescentException("\"take\" must be \"" + def + "\" or a coordinate (" + String.join(", ", at.names()) + ")");
        }
        return kind.equals("gradient") ? new GradientComputation(f, at, take) : new NewtonComputation(f, at, take);
      }
      case "derivative" -> {
        String wrt = p.string("wrt");
        Json fNode = p.raw("f");
        if (wrt == null || !(fNode instanceof Json.JString fs)) {
          if (fNode != null && !(fNode instanceof Json.JString)) {
            p.diags().error(fNode.pos(), "\"f\" must be a function written as a string");
          } else if (fNode == null) {
            p.diags().error(p.params().pos(), "the \"derivative\" computation needs \"f\"");
          }
          return null;
        }
        PointParam at = p.raw("at") == null ? null : p.point("at");
        List<String> coordinates = at != null ? at.names() : coordinatesOf(fs, wrt, p);
        if (!coordinates.contains(wrt)) {
          throw new DescentException("\"wrt\": " + wrt + " is not a coordinate (" + String.join(", ", coordinates) + ")");
        }
        FunctionParam f = p.function("f", coordinates);
        return f == null ? null : new DerivativeComputation(f, wrt, at, coordinates);
      }
      case "hessian" -> {
        PointParam at = p.point("at");
        FunctionParam f = at == null ? null : p.function("f", at.names());
        String take = p.string("take");
        List<String> entry = null;
        if (p.raw("entry") instanceof Json.JArray a) {
          entry = new ArrayList<>();
          for (Json item : a.items()) {
            if (item instanceof Json.JString s && at != null && at.names().contains(s.value())) {
              entry.add(s.value());
            } else {
              p.diags().error(item.pos(), "\"entry\" lists two coordinates of \"at\", as in [\"x\", \"y\"]");
              return null;
            }
          }
        }
        return f == null || take == null ? null : new HessianComputation(f, at, take, entry);
      }
      case "schedule" -> {
        String spec = p.string("schedule");
        NumParam eta = p.number("eta");
        NumParam k = p.number("k");
        NumParam total = p.optionalNumber("total");
        if (spec != null) {
          dev.descent.engine.optim.Schedule.parse(spec, 10);
        }
        return spec == null || eta == null || k == null ? null : new ScheduleComputation(spec, eta, k, total);
      }
      case "clip" -> {
        List<NumParam> g = p.numbers("g");
        NumParam tau = p.number("tau");
        String take = p.optionalString("take");
        return g == null || tau == null ? null : new ClipComputation(g, tau, take == null ? "vector" : take);
      }
      case "bound" -> {
        List<NumParam> x0 = p.numbers("x0");
        List<NumParam> xs = p.numbers("xstar");
        NumParam eta = p.number("eta");
        NumParam k = p.number("k");
        return x0 == null || xs == null || eta == null || k == null ? null : new BoundComputation(x0, xs, eta, k);
      }
      case "score" -> {
        NumParam theta = p.number("theta");
        String take = p.string("take");
        return theta == null || take == null ? null : new ScoreComputation(theta, take);
      }
      case "formula" -> {
        Json e = p.raw("expr");
        if (!(e instanceof Json.JString s)) {
          p.diags().error(e == null ? p.params().pos() : e.pos(), "the \"formula\" computation needs \"expr\", an "
              + "expression of the problem's variables written as a string");
          return null;
        }
        NumParam n = p.number("expr");
        if (n == null) {
          return null;
        }
        Expression ex = Expression.parse(s.value());
        return new FormulaComputation(ex);
      }
      case "fixed" -> {
        Json c = p.raw("correct");
        Set<String> ids = new LinkedHashSet<>();
        if (c instanceof Json.JString s) {
          ids.add(s.value());
        } else if (c instanceof Json.JArray a) {
          for (Json item : a.items()) {
            if (item instanceof Json.JString s) {
              ids.add(s.value());
            } else {
              p.diags().error(item.pos(), "\"correct\" lists option ids as strings");
            }
          }
        } else {
          p.diags().error(c == null ? p.params().pos() : c.pos(), "the \"fixed\" computation needs \"correct\": the "
              + "id of the right option, or a list of ids");
          return null;
        }
        Set<String> known = new HashSet<>();
        q.choices().forEach(o -> known.add(o.id()));
        for (String id : ids) {
          if (!known.contains(id)) {
            throw new DescentException("\"correct\": \"" + id + "\" is not the id of one of the choices (" + known + ")");
          }
        }
        if (ids.isEmpty() || ids.size() > 1 && !q.multiple()) {
          throw new DescentException(ids.isEmpty() ? "\"correct\" is empty"
              : "several correct options need \"multiple\": true on the question");
        }
        return new FixedChoice(ids, p.optionalString("explain"));
      }
      default -> throw new IllegalStateException(kind);
    }
  }

  private static List<String> coordinatesOf(Json.JString fs, String wrt, ParamReader p) {
    try {
      List<String> out = new ArrayList<>();
      for (String v : Expression.parse(fs.value()).variables()) {
        if (!p.params().has(v) && !scopeHas(p, v)) {
          out.add(v);
        }
      }
      return out.isEmpty() ? List.of(wrt) : out;
    } catch (DescentException e) {
      return List.of(wrt);
    }
  }

  private static boolean scopeHas(ParamReader p, String v) {
    return p.scopeVariables().contains(v);
  }

  private static StepsUntil.Until until(ParamReader p, RunSpec run) {
    Json u = p.raw("until");
    if (!(u instanceof JObject o)) {
      p.diags().error(u == null ? p.params().pos() : u.pos(), "\"steps_until\" needs \"until\": "
          + "{ \"distance_below\": 0.01, \"to\": { \"w\": 2 } }, { \"loss_gap_below\": 0.01, \"fstar\": 1 } or "
          + "{ \"grad_norm_below\": 0.001 }");
      return null;
    }
    Fields.of(o, p.diags(), "\"until\"", Set.of("distance_below", "to", "loss_gap_below", "fstar", "grad_norm_below"));
    ParamReader q = new ParamReader(o, p.scope(), "\"until\"");
    if (o.has("distance_below")) {
      NumParam tol = q.number("distance_below");
      PointParam to = q.point("to");
      if (to != null && run != null && !to.names().equals(run.start().names())) {
        p.diags().error(o.get("to").pos(), "\"to\" must name the same coordinates as \"start\" ("
            + String.join(", ", run.start().names()) + ")");
        return null;
      }
      return tol == null || to == null ? null : new StepsUntil.Distance(to, tol);
    }
    if (o.has("loss_gap_below")) {
      NumParam tol = q.number("loss_gap_below");
      NumParam fstar = q.number("fstar");
      return tol == null || fstar == null ? null : new StepsUntil.LossGap(fstar, tol);
    }
    if (o.has("grad_norm_below")) {
      NumParam tol = q.number("grad_norm_below");
      return tol == null ? null : new StepsUntil.GradNorm(tol);
    }
    p.diags().error(o.pos(), "\"until\" needs distance_below (with to), loss_gap_below (with fstar) or grad_norm_below");
    return null;
  }

  private static Computation sgd(ParamReader p) {
    String modelName = p.string("model");
    Model model = null;
    if ("linear".equals(modelName)) {
      model = Model.LINEAR;
    } else if ("logistic".equals(modelName)) {
      model = Model.LOGISTIC;
    } else if (modelName != null) {
      p.diags().error(p.raw("model").pos(), "\"model\" must be linear or logistic, not \"" + modelName + "\"");
    }
    if (p.raw("w") instanceof Json.JArray) {
      return FeatureSgdReader.read(p, model);
    }
    if (p.raw("b") != null) {
      p.diags().error(p.raw("b").pos(), "\"b\", the bias, goes with a list of weights: \"w\": [w1, w2, ...]");
      return null;
    }
    NumParam w = p.number("w");
    NumParam eta = p.number("eta");
    String take = p.string("take");
    List<NumParam[]> batch = new ArrayList<>();
    if (p.raw("batch") != null) {
      if (p.raw("x") != null || p.raw("y") != null) {
        p.diags().error(p.raw("batch").pos(), "give either \"x\" and \"y\" or \"batch\", not both");
        return null;
      }
      if (!(p.raw("batch") instanceof Json.JArray a) || a.items().isEmpty()) {
        p.diags().error(p.raw("batch").pos(), "\"batch\" must be a list of [x, y] pairs");
        return null;
      }
      for (Json item : a.items()) {
        if (!(item instanceof Json.JArray pair) || pair.items().size() != 2) {
          p.diags().error(item.pos(), "each sample of \"batch\" is a pair [x, y]");
          return null;
        }
        NumParam x = p.scope().number(pair.items().get(0), "a batch x");
        NumParam y = p.scope().number(pair.items().get(1), "a batch y");
        if (x == null || y == null) {
          return null;
        }
        batch.add(new NumParam[] {x, y});
      }
    } else {
      NumParam x = p.number("x");
      NumParam y = p.number("y");
      if (x == null || y == null) {
        return null;
      }
      batch.add(new NumParam[] {x, y});
    }
    if (model == null || w == null || eta == null || take == null) {
      return null;
    }
    return new SgdComputation(model, w, eta, batch, take);
  }
}
