package dev.descent.problem;

import dev.descent.course.QuestionKind;
import dev.descent.render.Numbers;
import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * The partial derivative of a function as a function, for expression questions ("type dL/dw"):
 * compared with the learner's expression at sample points around {@code at} (or the origin).
 */
public record DerivativeComputation(FunctionParam f, String wrt, PointParam at, List<String> coordinates)
    implements Computation {

  public DerivativeComputation {
    coordinates = List.copyOf(coordinates);
  }

  @Override public QuestionKind kind() { return QuestionKind.EXPRESSION; }

  @Override
  public Outcome evaluate(Bindings b) {
    Expression written = f.substituted(b);
    int i = coordinates.indexOf(wrt);
    double[] centre = at == null ? new double[coordinates.size()] : at.eval(b);
    Objective fn = written.bind(coordinates);
    Objective halved = Slips.squaresHalved(written).bind(coordinates);
    String name = "d/d" + wrt + " of " + written.text();
    Value answer = new Value.Function(coordinates, x -> fn.gradient(x)[i], name, centre);
    List<Mistake> mistakes = new ArrayList<>();
    mistakes.add(UsualMistakes.DROPPED_TWO.of(new Value.Function(coordinates, x -> halved.gradient(x)[i], name + " with the 2 dropped", centre)));
    mistakes.add(UsualMistakes.DERIVATIVE_SIGN.of(new Value.Function(coordinates, x -> -fn.gradient(x)[i], "-" + name, centre)));
    List<String> solution = List.of("f(" + String.join(", ", coordinates) + ") = " + written.text(),
        "Differentiate term by term with respect to " + wrt + "; for example at "
            + Numbers.assignments(coordinates, centre) + " the derivative is " + Explain.n(fn.gradient(centre)[i]) + ".");
    return new Outcome(answer, mistakes, solution);
  }
}
