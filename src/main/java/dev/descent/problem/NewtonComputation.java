package dev.descent.problem;

import dev.descent.check.Answer;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.engine.curvature.Curvature;
import dev.descent.engine.expr.Expression;
import java.util.ArrayList;
import java.util.List;

/** Newton's step x − H⁻¹∇f(x) from a point, whole or one coordinate. */
public record NewtonComputation(FunctionParam f, PointParam at, String take) implements Computation {

  @Override
  public QuestionKind kind() {
    return take.equals("point") ? QuestionKind.VECTOR : QuestionKind.NUMBER;
  }

  @Override
  public Outcome evaluate(Bindings b) {
    List<String> vars = at.names();
    Expression written = f.substituted(b);
    double[] x = at.eval(b);
    Curvature c = Curvature.at(written.bind(vars), x);
    double[] next = c.newtonStep();
    double[] gradientStep = new double[x.length];
    double[] timesH = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      gradientStep[i] = x[i] - c.gradient()[i];
      double hg = 0;
      for (int j = 0; j < x.length; j++) {
        hg += c.hessian()[i][j] * c.gradient()[j];
      }
      timesH[i] = x[i] - hg;
    }
    List<Mistake> mistakes = new ArrayList<>();
    mistakes.add(new Mistake("newton-forgot-inverse", "You multiplied by H; Newton's step divides by it: x − H⁻¹·∇f.",
        pick(timesH, vars)));
    mistakes.add(new Mistake("newton-plain-gradient", "That is a plain gradient step with η = 1; Newton's step "
        + "rescales the gradient by the inverse Hessian.", pick(gradientStep, vars)));
    List<String> solution = new ArrayList<>(HessianComputation.solution(written, vars, c));
    solution.add("gradient: " + new Answer.Vector(c.gradient(), vars).show());
    solution.add("Newton's step: x − H⁻¹·∇f = " + new Answer.Vector(next, vars).show());
    return new Outcome(pick(next, vars), mistakes, solution);
  }

  private Answer pick(double[] v, List<String> vars) {
    return take.equals("point") ? new Answer.Vector(v, vars) : new Answer.Scalar(v[vars.indexOf(take)]);
  }
}
