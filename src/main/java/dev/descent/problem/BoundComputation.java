package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.DescentException;
import java.util.ArrayList;
import java.util.List;

/**
 * The convergence bound of gradient descent on a convex L-smooth function with step t ≤ 1/L:
 * f(x_k) − f* ≤ ‖x₀ − x*‖² / (2tk).
 */
public record BoundComputation(List<NumParam> x0, List<NumParam> xstar, NumParam eta, NumParam k) implements Computation {

  public BoundComputation {
    x0 = List.copyOf(x0);
    xstar = List.copyOf(xstar);
    if (x0.size() != xstar.size() || x0.isEmpty()) {
      throw new DescentException("x0 and xstar must be lists of the same length");
    }
  }

  @Override public QuestionKind kind() { return QuestionKind.NUMBER; }

  @Override
  public Outcome evaluate(Bindings b) {
    double squared = 0;
    for (int i = 0; i < x0.size(); i++) {
      double d = x0.get(i).eval(b) - xstar.get(i).eval(b);
      squared += d * d;
    }
    double t = eta.eval(b);
    int steps = k.evalInt(b, "k");
    if (t <= 0 || steps < 1) {
      throw new DescentException("the bound needs eta > 0 and k >= 1");
    }
    double bound = squared / (2 * t * steps);
    List<Mistake> mistakes = new ArrayList<>();
    mistakes.add(UsualMistakes.BOUND_WITHOUT_TWO.of(new Value.Scalar(2 * bound)));
    mistakes.add(UsualMistakes.BOUND_WITHOUT_SQUARE.of(new Value.Scalar(Math.sqrt(squared) / (2 * t * steps))));
    List<String> solution = List.of("‖x₀ − x*‖² = " + Explain.n(squared),
        "bound = " + Explain.n(squared) + " / (2·" + Explain.n(t) + "·" + steps + ") = " + Explain.n(bound));
    Outcome outcome = new Outcome(new Value.Scalar(bound), mistakes, solution);
    double distance = squared;
    return outcome.withParts(row -> parts(b, distance, t, steps, outcome));
  }

  /** The squared distance, the divisor 2·η·k, then the bound; each with its own usual mistake. */
  private List<Part> parts(Bindings b, double squared, double t, int steps, Outcome outcome) {
    double[] from = new double[x0.size()];
    double[] to = new double[x0.size()];
    for (int i = 0; i < from.length; i++) {
      from[i] = x0.get(i).eval(b);
      to[i] = xstar.get(i).eval(b);
    }
    return List.of(
        new Part("the squared distance", "What is ‖x₀ − x*‖², the squared distance from x₀ = " + Explain.vector(from)
            + " to x* = " + Explain.vector(to) + "?",
            new Value.Scalar(squared), List.of(UsualMistakes.BOUND_WITHOUT_SQUARE.of(new Value.Scalar(Math.sqrt(squared))))),
        new Part("the divisor", "What is 2·η·k with η = " + Explain.n(t) + " and k = " + steps + "?",
            new Value.Scalar(2 * t * steps), List.of(UsualMistakes.BOUND_WITHOUT_TWO.of(new Value.Scalar(t * steps)))),
        new Part("the bound", "What is the bound ‖x₀ − x*‖²/(2·η·k)?", outcome.answer(), outcome.mistakes()));
  }
}
