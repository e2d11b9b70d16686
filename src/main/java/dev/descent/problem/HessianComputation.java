package dev.descent.problem;

import dev.descent.course.QuestionKind;
import dev.descent.render.Numbers;
import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.DescentException;
import dev.descent.engine.curvature.Curvature;
import dev.descent.engine.expr.Expression;
import java.util.ArrayList;
import dev.descent.engine.expr.Notation;
import java.util.List;
import java.util.Set;

/** A quantity of the curvature at a point: the Hessian, an entry, eigenvalues, κ, or the step bounds. */
public record HessianComputation(FunctionParam f, PointParam at, String take, List<String> entry) implements Computation {
  /** What may be taken. */
  public static final Set<String> TAKES = Set.of("matrix", "entry", "eigenvalues", "lambda_min", "lambda_max",
      "condition", "eta_max", "eta_opt", "value", "gradient");

  public HessianComputation {
    if (!TAKES.contains(take)) {
      throw new DescentException("cannot take \"" + take + "\" of a Hessian; use one of " + String.join(", ", new java.util.TreeSet<>(TAKES)));
    }
    entry = entry == null ? List.of() : List.copyOf(entry);
    if (take.equals("entry") && entry.size() != 2) {
      throw new DescentException("take \"entry\" needs \"entry\": [row variable, column variable]");
    }
  }

  @Override
  public QuestionKind kind() {
    return switch (take) {
      case "matrix" -> QuestionKind.MATRIX;
      case "eigenvalues", "gradient" -> QuestionKind.VECTOR;
      default -> QuestionKind.NUMBER;
    };
  }

  @Override
  public Outcome evaluate(Bindings b) {
    List<String> vars = at.names();
    Expression written = f.substituted(b);
    double[] x = at.eval(b);
    Curvature c = Curvature.at(written.bind(vars), x);
    Curvature slipped = Curvature.at(Slips.squaresHalved(written).bind(vars), x);
    boolean needsDefinite = Set.of("condition", "eta_max", "eta_opt").contains(take);
    if (needsDefinite && !c.isPositiveDefinite()) {
      throw new DescentException(c.whyUndefined());
    }
    double min = c.lambdaMin();
    double max = c.lambdaMax();
    List<Mistake> mistakes = new ArrayList<>();
    Value answer;
    switch (take) {
      case "matrix" -> {
        answer = new Value.Matrix(c.hessian());
        mistakes.add(UsualMistakes.DROPPED_TWO.of(new Value.Matrix(slipped.hessian())));
      }
      case "entry" -> {
        int i = vars.indexOf(entry.get(0));
        int j = vars.indexOf(entry.get(1));
        answer = new Value.Scalar(c.hessian()[i][j]);
        mistakes.add(UsualMistakes.DROPPED_TWO.of(new Value.Scalar(slipped.hessian()[i][j])));
      }
      case "eigenvalues" -> {
        answer = new Value.Vector(c.eigenvalues(), List.of());
        mistakes.add(UsualMistakes.DROPPED_TWO.of(new Value.Vector(slipped.eigenvalues(), List.of())));
        mistakes.add(UsualMistakes.DIAGONAL_NOT_EIGENVALUES.of(new Value.Vector(sortedDiagonal(c.hessian()), List.of())));
      }
      case "lambda_min", "lambda_max" -> {
        boolean low = take.equals("lambda_min");
        answer = new Value.Scalar(low ? min : max);
        mistakes.add(UsualMistakes.DROPPED_TWO.of(new Value.Scalar(low ? slipped.lambdaMin() : slipped.lambdaMax())));
        mistakes.add(UsualMistakes.MIN_MAX_SWAPPED.naming(low ? "largest" : "smallest").of(new Value.Scalar(low ? max : min)));
      }
      case "condition" -> {
        answer = new Value.Scalar(max / min);
        mistakes.add(UsualMistakes.INVERTED_CONDITION.of(new Value.Scalar(min / max)));
      }
      case "eta_max" -> {
        answer = new Value.Scalar(2 / max);
        mistakes.add(UsualMistakes.ETA_ONE_OVER_LAMBDA_MAX.of(new Value.Scalar(1 / max)));
        mistakes.add(UsualMistakes.ETA_USED_LAMBDA_MIN.of(new Value.Scalar(2 / min)));
      }
      case "eta_opt" -> {
        answer = new Value.Scalar(2 / (min + max));
        mistakes.add(UsualMistakes.ETA_ONE_OVER_LAMBDA_MAX.of(new Value.Scalar(1 / max)));
        mistakes.add(UsualMistakes.ETA_TWO_OVER_LAMBDA_MAX.of(new Value.Scalar(2 / max)));
        mistakes.add(UsualMistakes.ETA_OPT_WITHOUT_TWO.of(new Value.Scalar(1 / (min + max))));
      }
      case "value" -> answer = new Value.Scalar(c.value());
      default -> {
        answer = new Value.Vector(c.gradient(), vars);
        mistakes.add(UsualMistakes.DROPPED_TWO.of(new Value.Vector(slipped.gradient(), vars)));
      }
    }
    Outcome outcome = new Outcome(answer, mistakes, solution(written, vars, c));
    return outcome.withParts(row -> parts(b, "of f = " + Notation.of(written.text()) + " at " + Explain.vector(x),
        outcome));
  }

  /**
   * What a quantity read off the eigenvalues is worked out from: the Hessian, then the eigenvalues or the
   * extreme ones the quantity uses, each with its own usual mistakes, then the quantity. The Hessian of several
   * variables is its second derivatives, one at a time, and its gradient the partial derivatives; an entry or
   * the value has none.
   */
  private List<Part> parts(Bindings b, String where, Outcome outcome) {
    if (take.equals("matrix")) {
      return entries(b, where, outcome);
    }
    if (take.equals("gradient")) {
      List<Part> partials = new ArrayList<>(new GradientComputation(f, at, "vector").evaluate(b).parts(0));
      if (!partials.isEmpty()) {
        Part last = partials.remove(partials.size() - 1);
        partials.add(new Part(last.name(), last.prompt(), outcome.answer(), outcome.mistakes()));
      }
      return partials;
    }
    List<String> before = switch (take) {
      case "eigenvalues" -> List.of("matrix");
      case "lambda_min", "lambda_max" -> List.of("matrix", "eigenvalues");
      case "eta_max" -> List.of("matrix", "lambda_max");
      case "condition", "eta_opt" -> List.of("matrix", "lambda_min", "lambda_max");
      default -> List.of();
    };
    List<Part> out = new ArrayList<>();
    for (String t : before) {
      out.add(part(t, where, new HessianComputation(f, at, t, null).evaluate(b)));
    }
    if (!out.isEmpty()) {
      out.add(part(take, where, outcome));
    }
    return out;
  }

  /** Each second derivative of the upper triangle (the rest mirror it), then the matrix. */
  private List<Part> entries(Bindings b, String where, Outcome outcome) {
    List<String> vars = at.names();
    List<Part> out = new ArrayList<>();
    for (int i = 0; i < vars.size() && vars.size() > 1; i++) {
      for (int j = i; j < vars.size(); j++) {
        String name = "∂²f/" + (i == j ? "∂" + vars.get(i) + "²" : "∂" + vars.get(i) + "∂" + vars.get(j));
        Outcome o = new HessianComputation(f, at, "entry", List.of(vars.get(i), vars.get(j))).evaluate(b);
        out.add(new Part(name, "What is " + name + " " + where + "?", o.answer(), o.mistakes()));
      }
    }
    if (!out.isEmpty()) {
      out.add(part(take, where, outcome));
    }
    return out;
  }

  private static Part part(String take, String where, Outcome o) {
    String[] asked = switch (take) {
      case "matrix" -> new String[] {"the Hessian", "What is the Hessian H " + where + "?"};
      case "eigenvalues" -> new String[] {"the eigenvalues", "What are the eigenvalues of H, smallest first?"};
      case "lambda_min" -> new String[] {"λmin", "What is λmin, the smallest eigenvalue of H?"};
      case "lambda_max" -> new String[] {"λmax", "What is λmax, the largest eigenvalue of H?"};
      case "condition" -> new String[] {"κ", "What is the condition number κ = λmax/λmin?"};
      case "eta_max" -> new String[] {"2/λmax", "What is the largest stable step, 2/λmax?"};
      default -> new String[] {"η*", "What is the best fixed step η* = 2/(λmin + λmax)?"};
    };
    return new Part(asked[0], asked[1], o.answer(), o.mistakes());
  }

  private static double[] sortedDiagonal(double[][] h) {
    double[] d = new double[h.length];
    for (int i = 0; i < h.length; i++) {
      d[i] = h[i][i];
    }
    java.util.Arrays.sort(d);
    return d;
  }

  static List<String> solution(Expression written, List<String> vars, Curvature c) {
    List<String> out = new ArrayList<>();
    out.add("f(" + String.join(", ", vars) + ") = " + Notation.of(written.text()) + " at " + Explain.point(vars, c.point()));
    out.add("Hessian (second derivatives, rows and columns " + String.join(", ", vars) + "): "
        + new Value.Matrix(c.hessian()).show());
    StringBuilder eig = new StringBuilder();
    for (double v : c.eigenvalues()) {
      eig.append(eig.length() == 0 ? "" : ", ").append(Explain.n(v));
    }
    out.add("eigenvalues: " + eig);
    if (c.isPositiveDefinite()) {
      out.add("κ = λmax/λmin = " + Explain.n(c.condition().getAsDouble()));
      out.add("stable for η < 2/λmax = " + Explain.n(c.etaMax().getAsDouble()));
      out.add("best fixed step η* = 2/(λmin + λmax) = " + Explain.n(c.etaOpt().getAsDouble()));
    } else {
      out.add(c.whyUndefined());
    }
    return out;
  }
}
