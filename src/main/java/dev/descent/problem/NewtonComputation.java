package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.curvature.Curvature;
import dev.descent.engine.expr.Expression;
import java.util.ArrayList;
import java.util.List;

/** Newton's step x − H⁻¹∇f(x) from a point, whole or one coordinate. */
public record NewtonComputation(FunctionParam f, PointParam at, String take) implements Computation {

  @Override public QuestionKind kind() { return take.equals("point") ? QuestionKind.VECTOR : QuestionKind.NUMBER; }

  @Override
  public Outcome evaluate(Bindings b) {
    List<String> vars = at.names();
    Expression written = f.substituted(b);
    Curvature c = Curvature.at(written.bind(vars), at.eval(b));
    double[] x = c.point();
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
    mistakes.add(UsualMistakes.NEWTON_FORGOT_INVERSE.of(pick(timesH, vars)));
    mistakes.add(UsualMistakes.NEWTON_PLAIN_GRADIENT.of(pick(gradientStep, vars)));
    List<String> solution = new ArrayList<>(HessianComputation.solution(written, vars, c));
    solution.add("gradient: " + new Value.Vector(c.gradient(), vars).show());
    solution.add("Newton's step: x − H⁻¹·∇f = " + new Value.Vector(next, vars).show());
    return new Outcome(pick(next, vars), mistakes, solution);
  }

  private Value pick(double[] v, List<String> vars) {
    return take.equals("point") ? new Value.Vector(v, vars) : new Value.Scalar(v[vars.indexOf(take)]);
  }
}
