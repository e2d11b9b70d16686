package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.DescentException;
import dev.descent.engine.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The score function of a Bernoulli policy p = σ(θ): d/dθ log p(a) is 1 − p for a = 1 and −p for
 * a = 0, and its mean p(1 − p) + (1 − p)(−p) is 0.
 */
public record ScoreComputation(NumParam theta, String take) implements Computation {
  /** What may be taken. */
  public static final Set<String> TAKES = Set.of("p", "score1", "score0", "mean");

  public ScoreComputation {
    if (!TAKES.contains(take)) {
      throw new DescentException("cannot take \"" + take + "\" of the score; use p, score1, score0 or mean");
    }
  }

  @Override public QuestionKind kind() { return QuestionKind.NUMBER; }

  @Override
  public Outcome evaluate(Bindings b) {
    double th = theta.eval(b);
    double p = Model.sigmoid(th);
    double s1 = 1 - p;
    double s0 = -p;
    double mean = p * s1 + (1 - p) * s0;
    List<Mistake> mistakes = new ArrayList<>();
    Value answer;
    switch (take) {
      case "p" -> answer = new Value.Scalar(p);
      case "score1" -> {
        answer = new Value.Scalar(s1);
        mistakes.add(UsualMistakes.SCORE_USED_P.of(new Value.Scalar(p)));
      }
      case "score0" -> {
        answer = new Value.Scalar(s0);
        mistakes.add(UsualMistakes.SCORE_USED_ONE_MINUS_P.of(new Value.Scalar(1 - p)));
      }
      default -> {
        answer = new Value.Scalar(0);
        mistakes.add(UsualMistakes.SCORE_UNWEIGHTED.of(new Value.Scalar(s1 + s0)));
      }
    }
    List<String> solution = List.of("p = σ(" + Explain.n(th) + ") = " + Explain.n(p),
        "score for a = 1: 1 − p = " + Explain.n(s1) + "; for a = 0: −p = " + Explain.n(s0),
        "mean: p·(1 − p) + (1 − p)·(−p) = " + Explain.n(mean) + " (zero for every θ)");
    Outcome outcome = new Outcome(answer, mistakes, solution);
    return outcome.withParts(row -> parts(b, th, outcome));
  }

  /**
   * p = σ(θ), then the score or scores the quantity uses, each with its own usual mistake, then the quantity;
   * none for p, which is one step from θ.
   */
  private List<Part> parts(Bindings b, double th, Outcome outcome) {
    List<String> before = switch (take) {
      case "score1", "score0" -> List.of("p");
      case "mean" -> List.of("p", "score1", "score0");
      default -> List.of();
    };
    List<Part> out = new ArrayList<>();
    for (String t : before) {
      out.add(part(t, th, new ScoreComputation(theta, t).evaluate(b)));
    }
    if (!out.isEmpty()) {
      out.add(part(take, th, outcome));
    }
    return out;
  }

  private static Part part(String take, double th, Outcome o) {
    String[] asked = switch (take) {
      case "p" -> new String[] {"p", "What is p = σ(θ) at θ = " + Explain.n(th) + "?"};
      case "score1" -> new String[] {"the score of a = 1", "What is ∂log p(a)/∂θ for a = 1?"};
      case "score0" -> new String[] {"the score of a = 0", "What is ∂log p(a)/∂θ for a = 0?"};
      default -> new String[] {"the mean score", "What is the mean score p·(1 − p) + (1 − p)·(−p)?"};
    };
    return new Part(asked[0], asked[1], o.answer(), o.mistakes());
  }
}
