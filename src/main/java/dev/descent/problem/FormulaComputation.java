package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.course.QuestionKind;
import dev.descent.engine.expr.Expression;
import java.util.List;

/** A number given by an expression of the problem's variables, for what no other computation gives. */
public record FormulaComputation(Expression expression) implements Computation {

  @Override public QuestionKind kind() { return QuestionKind.NUMBER; }

  @Override
  public Outcome evaluate(Bindings b) {
    double v = NumParam.of(expression).eval(b);
    Expression shown = expression.substitute(b.values());
    return new Outcome(new Value.Scalar(v), List.of(),
        List.of(expression.text() + " = " + shown.text() + " = " + Explain.n(v)));
  }
}
