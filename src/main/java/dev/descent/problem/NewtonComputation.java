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
    Outcome answer = new Outcome(pick(next, vars), mistakes, solution);
    return answer.withParts(row -> parts(b, vars, x, next, answer));
  }

  /** The gradient, the Hessian, the solve of H·d = ∇f, then the step x − d, each with its own usual mistakes. */
  private List<Part> parts(Bindings b, List<String> vars, double[] x, double[] next, Outcome answer) {
    String point = new Value.Vector(x, vars).show();
    Outcome gradient = new GradientComputation(f, at, "vector").evaluate(b);
    Outcome hessian = new HessianComputation(f, at, "matrix", null).evaluate(b);
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i] - next[i];
    }
    return List.of(
        new Part("the gradient", "What is the gradient at " + point + "?", gradient.answer(), gradient.mistakes()),
        new Part("the Hessian", "What is the Hessian at " + point + "?", hessian.answer(), hessian.mistakes()),
        Part.of("the solve", "Solve H·d = ∇f for the direction d: what is d?", new Value.Vector(d, vars)),
        new Part("the step", "What is Newton's step x − d" + (take.equals("point") ? "" : ", its coordinate " + take)
            + "?", answer.answer(), answer.mistakes()));
  }

  private Value pick(double[] v, List<String> vars) {
    return take.equals("point") ? new Value.Vector(v, vars) : new Value.Scalar(v[vars.indexOf(take)]);
  }
}
