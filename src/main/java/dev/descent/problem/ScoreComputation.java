package dev.descent.problem;

import dev.descent.check.Answer;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
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

  @Override
  public QuestionKind kind() {
    return QuestionKind.NUMBER;
  }

  @Override
  public Outcome evaluate(Bindings b) {
    double th = theta.eval(b);
    double p = Model.sigmoid(th);
    double s1 = 1 - p;
    double s0 = -p;
    double mean = p * s1 + (1 - p) * s0;
    List<Mistake> mistakes = new ArrayList<>();
    Answer answer;
    switch (take) {
      case "p" -> answer = new Answer.Scalar(p);
      case "score1" -> {
        answer = new Answer.Scalar(s1);
        mistakes.add(new Mistake("score-used-p", "That is p itself; the derivative of log σ(θ) is 1 − σ(θ).",
            new Answer.Scalar(p)));
      }
      case "score0" -> {
        answer = new Answer.Scalar(s0);
        mistakes.add(new Mistake("score-used-one-minus-p", "For a = 0, log p(a) = log(1 − σ(θ)), whose "
            + "derivative is −σ(θ).", new Answer.Scalar(1 - p)));
      }
      default -> {
        answer = new Answer.Scalar(0);
        mistakes.add(new Mistake("score-unweighted", "Weight each score by its probability: p·(1 − p) + (1 − p)·(−p).",
            new Answer.Scalar(s1 + s0)));
      }
    }
    List<String> solution = List.of("p = σ(" + Explain.n(th) + ") = " + Explain.n(p),
        "score for a = 1: 1 − p = " + Explain.n(s1) + "; for a = 0: −p = " + Explain.n(s0),
        "mean: p·(1 − p) + (1 − p)·(−p) = " + Explain.n(mean) + " (zero for every θ)");
    return new Outcome(answer, mistakes, solution);
  }
}
