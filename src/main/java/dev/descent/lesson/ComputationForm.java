package dev.descent.lesson;

import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.Schedule;
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
import dev.descent.problem.StepsUntil;
import dev.descent.problem.TrajectoryTableComputation;
import dev.descent.problem.TrajectoryValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The computations a question's {@code answer} may name, one constant a computation: its name (the
 * value of {@code compute}), the parameters it takes, and how they are read into its class of the
 * {@code problem} package. A new computation is one constant here and one class there;
 * {@link ComputationReader} does what every computation shares.
 */
enum ComputationForm {
  /** A value of a run at a step: a coordinate, the loss, the gradient, the rate or a state. */
  TRAJECTORY("trajectory", true, "step", "take") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
      RunSpec run = p.run();
      NumParam step = p.number("step");
      String take = p.string("take");
      if (run == null || step == null || take == null) {
        return null;
      }
      TrajectoryValue t = new TrajectoryValue(run, step, take);
      t.kind();
      return t;
    }
  },
  /** A table of a run to fill, row by row. */
  TABLE("table", true) {
    @Override Computation read(ParamReader p, QuestionFacts q) {
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
        if (new TrajectoryValue(run, NumParam.of(1), c).kind() != QuestionKind.NUMBER) {
          throw new DescentException("table column \"" + c + "\" is not a single number; name one coordinate, as in \""
              + c + "." + run.start().names().get(0) + "\"");
        }
      }
      return t;
    }
  },
  /** How many steps a run takes until it is close enough. */
  STEPS_UNTIL("steps_until", true, "until") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
      RunSpec run = p.run();
      StepsUntil.Until until = until(p, run);
      return run == null || until == null ? null : new StepsUntil(run, until);
    }

    private StepsUntil.Until until(ParamReader p, RunSpec run) {
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
        PointParam to = q.pointOn("to", run == null ? null : run.start().names());
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
  },
  /** Whether a run converges, oscillates or diverges, as a choice. */
  BEHAVIOUR("behaviour", true, "minimum") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
      RunSpec run = p.run();
      PointParam min = p.raw("minimum") == null ? null : p.pointOn("minimum", run == null ? null : run.start().names());
      if (run == null || p.raw("minimum") != null && min == null) {
        return null;
      }
      Set<String> offered = new LinkedHashSet<>();
      for (var o : q.choices()) {
        offered.add(o.id());
      }
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
  },
  /** One SGD step of a linear or logistic model, with one weight or several. */
  SGD("sgd", false, "model", "w", "b", "eta", "x", "y", "batch", "take") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
      return SgdReader.read(p);
    }
  },
  /** The gradient at a point, or one of its coordinates. */
  GRADIENT("gradient", false, "f", "at", "take") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
      PointParam at = p.point("at");
      FunctionParam f = at == null ? null : p.function("f", at.names());
      String take = p.optionalString("take");
      return f == null ? null : new GradientComputation(f, at, take(take, "vector", at));
    }
  },
  /** A partial derivative as a function, for expression questions. */
  DERIVATIVE("derivative", false, "f", "wrt", "at") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
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
  },
  /** The Hessian at a point: the matrix, an entry, its eigenvalues and what follows from them. */
  HESSIAN("hessian", false, "f", "at", "take", "entry") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
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
  },
  /** Newton's step from a point, or one coordinate of it. */
  NEWTON("newton", false, "f", "at", "take") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
      PointParam at = p.point("at");
      FunctionParam f = at == null ? null : p.function("f", at.names());
      String take = p.optionalString("take");
      return f == null ? null : new NewtonComputation(f, at, take(take, "point", at));
    }
  },
  /** The rate a schedule gives at a step. */
  SCHEDULE("schedule", false, "schedule", "eta", "k", "total") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
      String spec = p.string("schedule");
      NumParam eta = p.number("eta");
      NumParam k = p.number("k");
      NumParam total = p.optionalNumber("total");
      if (spec != null) {
        Schedule.parse(spec, 10);
      }
      return spec == null || eta == null || k == null ? null : new ScheduleComputation(spec, eta, k, total);
    }
  },
  /** A gradient clipped to a norm. */
  CLIP("clip", false, "g", "tau", "take") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
      List<NumParam> g = p.numbers("g");
      NumParam tau = p.number("tau");
      String take = p.optionalString("take");
      return g == null || tau == null ? null : new ClipComputation(g, tau, take == null ? "vector" : take);
    }
  },
  /** The convergence bound of gradient descent after k steps. */
  BOUND("bound", false, "x0", "xstar", "eta", "k") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
      List<NumParam> x0 = p.numbers("x0");
      List<NumParam> xs = p.numbers("xstar");
      NumParam eta = p.number("eta");
      NumParam k = p.number("k");
      return x0 == null || xs == null || eta == null || k == null ? null : new BoundComputation(x0, xs, eta, k);
    }
  },
  /** The score-function estimator's quantities for a parameter. */
  SCORE("score", false, "theta", "take") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
      NumParam theta = p.number("theta");
      String take = p.string("take");
      return theta == null || take == null ? null : new ScoreComputation(theta, take);
    }
  },
  /** An expression of the problem's variables. */
  FORMULA("formula", false, "expr") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
      Json e = p.raw("expr");
      if (!(e instanceof Json.JString s)) {
        p.diags().error(e == null ? p.params().pos() : e.pos(), "the \"formula\" computation needs \"expr\", an "
            + "expression of the problem's variables written as a string");
        return null;
      }
      NumParam n = p.number("expr");
      return n == null ? null : new FormulaComputation(Expression.parse(s.value()));
    }
  },
  /** The options the lesson says are right. */
  FIXED("fixed", false, "correct", "explain") {
    @Override Computation read(ParamReader p, QuestionFacts q) {
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
      for (var o : q.choices()) {
        known.add(o.id());
      }
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
  };

  /** Every parameter of any computation: what a problem's {@code with} may hold. */
  static final Set<String> ALL_PARAMS;

  static {
    Set<String> all = new HashSet<>();
    for (ComputationForm c : values()) {
      all.addAll(c.params);
    }
    ALL_PARAMS = Set.copyOf(all);
  }

  private final String id;
  private final Set<String> params;

  ComputationForm(String id, boolean run, String... own) {
    Set<String> s = new HashSet<>(List.of(own));
    if (run) {
      s.addAll(ParamReader.RUN);
    }
    this.id = id;
    this.params = Set.copyOf(s);
  }

  /**
   * The computation read from {@code p}, the answer's parameters merged over the problem's; null when
   * something is missing or wrong, reported to {@code p}'s diagnostics.
   *
   * @throws DescentException when the parameters do not fit together, with a message for the author
   */
  abstract Computation read(ParamReader p, QuestionFacts q);

  /** The name in lesson files, the value of {@code compute}. */
  String id() {
    return id;
  }

  /** The parameters it takes besides {@code compute}. */
  Set<String> params() {
    return params;
  }

  /** The computation called {@code id}, or null. */
  static ComputationForm named(String id) {
    for (ComputationForm c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    return null;
  }

  /** The names of every computation. */
  static List<String> ids() {
    List<String> out = new ArrayList<>();
    for (ComputationForm c : values()) {
      out.add(c.id);
    }
    return out;
  }

  /** {@code given}, or {@code whole} when not given: the whole vector or point, or one coordinate of {@code at}. */
  private static String take(String given, String whole, PointParam at) {
    String take = given == null ? whole : given;
    if (!take.equals(whole) && !at.names().contains(take)) {
      throw new DescentException("\"take\" must be \"" + whole + "\" or a coordinate (" + String.join(", ", at.names())
          + ")");
    }
    return take;
  }

  /** The coordinates of a derivative without {@code at}: the names of {@code f} that are not problem variables. */
  private static List<String> coordinatesOf(Json.JString fs, String wrt, ParamReader p) {
    try {
      List<String> out = new ArrayList<>();
      for (String v : Expression.parse(fs.value()).variables()) {
        if (!p.params().has(v) && !p.scopeVariables().contains(v)) {
          out.add(v);
        }
      }
      return out.isEmpty() ? List.of(wrt) : out;
    } catch (DescentException e) {
      return List.of(wrt);
    }
  }
}
