package dev.descent.lesson;

import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.HyperParameter;
import dev.descent.engine.optim.OptimizerForm;
import dev.descent.engine.optim.Schedule;
import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.Json.JObject;
import dev.descent.problem.FunctionParam;
import dev.descent.problem.NumParam;
import dev.descent.problem.PointParam;
import dev.descent.problem.RunSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the parameters computations and displays share: numbers, points, functions and runs. */
record ParamReader(JObject params, Scope scope, String what) {
  /** The parameters of a run. */
  static final Set<String> RUN = runKeys();
  /** The longest function a lesson file may give, in characters: every step of a run evaluates it. */
  static final int MAX_FUNCTION_LENGTH = 500;

  Diagnostics diags() {
    return scope.diags();
  }

  Set<String> scopeVariables() {
    return scope.variables();
  }

  Json raw(String key) {
    return params.get(key);
  }

  private static Set<String> runKeys() {
    Set<String> keys = new java.util.HashSet<>(Set.of("f", "start", "eta", "steps", "optimizer", "clip", "schedule"));
    for (HyperParameter h : HyperParameter.values()) {
      keys.add(h.key());
    }
    return Set.copyOf(keys);
  }

  /** A required numeric parameter. */
  NumParam number(String key) {
    Json v = params.get(key);
    if (v == null) {
      diags().error(params.pos(), what + " needs \"" + key + "\"");
      return null;
    }
    return scope.number(v, "\"" + key + "\"");
  }

  /** An optional numeric parameter. */
  NumParam optionalNumber(String key) {
    Json v = params.get(key);
    return v == null ? null : scope.number(v, "\"" + key + "\"");
  }

  /** A required string parameter. */
  String string(String key) {
    Json v = params.get(key);
    if (v == null) {
      diags().error(params.pos(), what + " needs \"" + key + "\"");
      return null;
    }
    if (v instanceof Json.JString s && !s.value().isBlank()) {
      return s.value();
    }
    diags().error(v.pos(), "\"" + key + "\" must be a non-empty string, not " + v.typeName());
    return null;
  }

  /** An optional string parameter. */
  String optionalString(String key) {
    return params.has(key) ? string(key) : null;
  }

  /** A point such as {"x": 0, "y": "y0"}; null (reported) when missing or malformed. */
  PointParam point(String key) {
    Json v = params.get(key);
    if (v == null) {
      diags().error(params.pos(), what + " needs \"" + key + "\", a point such as { \"w\": 0 }");
      return null;
    }
    if (!(v instanceof JObject o) || o.members().isEmpty()) {
      diags().error(v.pos(), "\"" + key + "\" must be a point such as { \"w\": 0 }, not " + v.typeName());
      return null;
    }
    Map<String, NumParam> coords = new LinkedHashMap<>();
    boolean ok = true;
    for (Json.Member m : o.members().values()) {
      if (!validName(m.key())) {
        diags().error(m.keyPos(), "\"" + m.key() + "\" is not a variable name");
        ok = false;
        continue;
      }
      NumParam p = scope.number(m.value(), "\"" + key + "." + m.key() + "\"");
      if (p == null) {
        ok = false;
      } else {
        coords.put(m.key(), p);
      }
    }
    if (coords.size() > dev.descent.engine.curvature.Curvature.MAX_DIMENSION) {
      diags().error(v.pos(), "at most " + dev.descent.engine.curvature.Curvature.MAX_DIMENSION + " coordinates");
      return null;
    }
    return ok ? new PointParam(coords) : null;
  }

  /** A function whose coordinates are {@code coordinates}; other names must be problem variables. */
  FunctionParam function(String key, List<String> coordinates) {
    Json v = params.get(key);
    if (v == null) {
      diags().error(params.pos(), what + " needs \"" + key + "\", the function");
      return null;
    }
    if (!(v instanceof Json.JString s)) {
      diags().error(v.pos(), "\"" + key + "\" must be a function written as a string, not " + v.typeName());
      return null;
    }
    if (s.value().length() > MAX_FUNCTION_LENGTH) {
      diags().error(s.pos(), "\"" + key + "\" is " + s.value().length() + " characters long; a function in a lesson "
          + "may have at most " + MAX_FUNCTION_LENGTH + ", since every step of a run evaluates it");
      return null;
    }
    Expression e = scope.expression(s, "\"" + key + "\"");
    if (e == null) {
      return null;
    }
    for (String c : coordinates) {
      if (scope.variables().contains(c)) {
        diags().error(s.pos(), "\"" + c + "\" is both a coordinate of the point and a problem variable; rename one");
        return null;
      }
    }
    if (!scope.known(e.variables(), s.pos(), "\"" + key + "\"", new LinkedHashSet<>(coordinates))) {
      return null;
    }
    return new FunctionParam(e);
  }

  /** A list of numbers, such as [3, 4] or ["g1", 4]. */
  List<NumParam> numbers(String key) {
    Json v = params.get(key);
    if (v == null) {
      diags().error(params.pos(), what + " needs \"" + key + "\", a list of numbers");
      return null;
    }
    if (!(v instanceof Json.JArray a) || a.items().isEmpty()) {
      diags().error(v.pos(), "\"" + key + "\" must be a non-empty list of numbers, not " + v.typeName());
      return null;
    }
    List<NumParam> out = new ArrayList<>();
    for (Json item : a.items()) {
      NumParam p = scope.number(item, "\"" + key + "\"");
      if (p == null) {
        return null;
      }
      out.add(p);
    }
    return out;
  }

  /** The parameters of a run; null (reported) when something is missing or wrong. */
  RunSpec run() {
    PointParam start = point("start");
    if (start == null) {
      return null;
    }
    FunctionParam f = function("f", start.names());
    NumParam eta = number("eta");
    NumParam steps = optionalNumber("steps");
    String optimizer = optionalString("optimizer");
    if (optimizer != null && !OptimizerForm.ids().contains(optimizer)) {
      diags().error(params.get("optimizer").pos(), "unknown optimizer \"" + optimizer + "\"; use one of "
          + String.join(", ", OptimizerForm.ids()));
      optimizer = null;
    }
    Map<String, NumParam> settings = settings(OptimizerForm.named(optimizer == null ? "gd" : optimizer));
    NumParam clip = optionalNumber("clip");
    String schedule = optionalString("schedule");
    if (schedule != null) {
      try {
        Schedule.parse(schedule, 10);
      } catch (dev.descent.engine.DescentException e) {
        diags().error(params.get("schedule").pos(), e.getMessage());
        schedule = null;
      }
    }
    if (f == null || eta == null || settings == null) {
      return null;
    }
    return new RunSpec(f, start, eta, steps, optimizer, settings, clip, schedule);
  }

  /**
   * The optimizer's settings given in the file, by key; a setting the form does not take, or a fixed
   * value out of its range, is reported where it is written (others are checked for each variant).
   */
  private Map<String, NumParam> settings(OptimizerForm form) {
    Map<String, NumParam> out = new LinkedHashMap<>();
    boolean ok = true;
    for (HyperParameter h : HyperParameter.values()) {
      Json raw = params.get(h.key());
      NumParam p = optionalNumber(h.key());
      if (raw == null || p == null) {
        continue;
      }
      if (!form.parameters().contains(h)) {
        diags().error(raw.pos(), form.id() + " has no setting " + h.key() + " ("
            + (form.parameters().isEmpty() ? "it takes none besides eta" : "it takes " + form.keys()) + ")");
        ok = false;
        continue;
      }
      if (p.constant() != null) {
        try {
          h.check(p.constant());
        } catch (dev.descent.engine.DescentException e) {
          diags().error(raw.pos(), e.getMessage());
          ok = false;
          continue;
        }
      }
      out.put(h.key(), p);
    }
    return ok ? out : null;
  }

  static boolean validName(String name) {
    if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || name.equals("e") || name.equals("pi")) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }
}
