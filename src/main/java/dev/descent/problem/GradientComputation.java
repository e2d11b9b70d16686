package dev.descent.problem;

import dev.descent.course.QuestionKind;
import dev.descent.render.Numbers;
import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.expr.Notation;
import java.util.ArrayList;
import java.util.List;

/** The gradient of a function at a point, whole or one coordinate. */
public record GradientComputation(FunctionParam f, PointParam at, String take) implements Computation {

  @Override public QuestionKind kind() { return take.equals("vector") ? QuestionKind.VECTOR : QuestionKind.NUMBER; }

  @Override
  public Outcome evaluate(Bindings b) {
    List<String> vars = at.names();
    Expression written = f.substituted(b);
    Objective fn = written.bind(vars);
    double[] x = at.eval(b);
    double[] g = fn.gradient(x);
    Finite.require(g, "the gradient of " + written.text());
    double[] halved = Slips.squaresHalved(written).bind(vars).gradient(x);
    double[] negated = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      negated[i] = -g[i];
    }
    List<Mistake> mistakes = new ArrayList<>();
    mistakes.add(UsualMistakes.DROPPED_TWO.of(pick(halved, vars)));
    mistakes.add(UsualMistakes.GRADIENT_SIGN.of(pick(negated, vars)));
    List<String> solution = new ArrayList<>();
    solution.add("f(" + String.join(", ", vars) + ") = " + Notation.of(written.text()) + " at " + Explain.point(vars, x));
    for (int i = 0; i < vars.size(); i++) {
      solution.add((vars.size() == 1 ? "df/d" : "∂f/∂") + vars.get(i) + " = " + Explain.n(g[i]));
    }
    Outcome outcome = new Outcome(pick(g, vars), mistakes, solution);
    return outcome.withParts(row -> parts(b, vars, "of f = " + Notation.of(written.text()) + " at " + Explain.vector(x),
        outcome));
  }

  /**
   * The whole gradient of a function of several variables, one partial derivative at a time (each with its own
   * usual mistakes), then the vector; none for one coordinate, which is one step from the function.
   */
  private List<Part> parts(Bindings b, List<String> vars, String where, Outcome outcome) {
    List<Part> out = new ArrayList<>();
    if (!take.equals("vector") || vars.size() < 2) {
      return out;
    }
    for (String v : vars) {
      Outcome o = new GradientComputation(f, at, v).evaluate(b);
      out.add(new Part("∂f/∂" + v, "What is ∂f/∂" + v + " " + where + "?", o.answer(), o.mistakes()));
    }
    out.add(new Part("the gradient", "What is the gradient ∇f " + where + "?", outcome.answer(), outcome.mistakes()));
    return out;
  }

  private Value pick(double[] g, List<String> vars) {
    if (take.equals("vector")) {
      return new Value.Vector(g, vars);
    }
    return new Value.Scalar(g[vars.indexOf(take)]);
  }
}
