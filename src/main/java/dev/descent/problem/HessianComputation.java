package dev.descent.problem;

import dev.descent.course.QuestionKind;
import dev.descent.render.Numbers;
import dev.descent.check.Answer;
import dev.descent.check.Mistake;
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
    String two = "It looks like the factor 2 of a square was dropped: the second derivative of a·x² is 2a.";
    Answer answer;
    switch (take) {
      case "matrix" -> {
        answer = new Answer.Matrix(c.hessian());
        mistakes.add(new Mistake("dropped-two", two, new Answer.Matrix(slipped.hessian())));
      }
      case "entry" -> {
        int i = vars.indexOf(entry.get(0));
        int j = vars.indexOf(entry.get(1));
        answer = new Answer.Scalar(c.hessian()[i][j]);
        mistakes.add(new Mistake("dropped-two", two, new Answer.Scalar(slipped.hessian()[i][j])));
      }
      case "eigenvalues" -> {
        answer = new Answer.Vector(c.eigenvalues(), List.of());
        mistakes.add(new Mistake("dropped-two", two, new Answer.Vector(slipped.eigenvalues(), List.of())));
        mistakes.add(new Mistake("diagonal-not-eigenvalues", "Those are the diagonal entries; with off-diagonal terms "
            + "the eigenvalues differ: solve det(H − λ·I) = 0.", new Answer.Vector(sortedDiagonal(c.hessian()), List.of())));
      }
      case "lambda_min", "lambda_max" -> {
        boolean low = take.equals("lambda_min");
        answer = new Answer.Scalar(low ? min : max);
        mistakes.add(new Mistake("dropped-two", two, new Answer.Scalar(low ? slipped.lambdaMin() : slipped.lambdaMax())));
        mistakes.add(new Mistake("min-max-swapped", "That is the " + (low ? "largest" : "smallest") + " eigenvalue.",
            new Answer.Scalar(low ? max : min)));
      }
      case "condition" -> {
        answer = new Answer.Scalar(max / min);
        mistakes.add(new Mistake("inverted-condition", "That is λmin/λmax, the inverse: the condition "
            + "number κ = λmax/λmin is at least 1.", new Answer.Scalar(min / max)));
      }
      case "eta_max" -> {
        answer = new Answer.Scalar(2 / max);
        mistakes.add(new Mistake("eta-one-over-lambda-max", "1/λmax is a safe step, but the stable range reaches "
            + "2/λmax.", new Answer.Scalar(1 / max)));
        mistakes.add(new Mistake("eta-used-lambda-min", "The bound comes from the largest eigenvalue: η < 2/λmax.",
            new Answer.Scalar(2 / min)));
      }
      case "eta_opt" -> {
        answer = new Answer.Scalar(2 / (min + max));
        mistakes.add(new Mistake("eta-one-over-lambda-max", "1/λmax is not the best fixed step; "
            + "η* = 2/(λmin + λmax) balances the fastest and slowest directions.", new Answer.Scalar(1 / max)));
        mistakes.add(new Mistake("eta-two-over-lambda-max", "2/λmax is the edge of stability, not the best step: "
            + "η* = 2/(λmin + λmax).", new Answer.Scalar(2 / max)));
        mistakes.add(new Mistake("eta-opt-without-two", "The best step has a 2 on top: η* = 2/(λmin + λmax).",
            new Answer.Scalar(1 / (min + max))));
      }
      case "value" -> answer = new Answer.Scalar(c.value());
      default -> {
        answer = new Answer.Vector(c.gradient(), vars);
        mistakes.add(new Mistake("dropped-two", two, new Answer.Vector(slipped.gradient(), vars)));
      }
    }
    return new Outcome(answer, mistakes, solution(written, vars, c));
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
        + new Answer.Matrix(c.hessian()).show());
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
