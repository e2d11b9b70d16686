package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.course.QuestionKind;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.expr.Notation;
import java.util.List;

/** A number given by an expression of the problem's variables, for what no other computation gives. */
public record FormulaComputation(Expression expression) implements Computation {

  @Override public QuestionKind kind() { return QuestionKind.NUMBER; }

  @Override
  public Outcome evaluate(Bindings b) {
    double v = NumParam.of(expression).eval(b);
    Expression shown = expression.substitute(b.values());
    String written = Notation.of(expression.text());
    String numbers = Notation.of(shown.text());
    return new Outcome(new Value.Scalar(v), List.of(),
        List.of(written + (numbers.equals(written) ? "" : " = " + numbers) + " = " + Explain.n(v)));
  }
}
