package dev.descent.problem;

import dev.descent.check.Answer;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.engine.optim.Clipping;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Gradient-norm clipping of a given gradient: the clipped vector, the norm, or the scale factor. */
public record ClipComputation(List<NumParam> g, NumParam tau, String take) implements Computation {
  /** What may be taken. */
  public static final Set<String> TAKES = Set.of("vector", "norm", "scale");

  public ClipComputation {
    g = List.copyOf(g);
    if (!TAKES.contains(take)) {
      throw new dev.descent.engine.DescentException("cannot take \"" + take + "\" of clipping; use vector, norm or scale");
    }
  }

  @Override
  public QuestionKind kind() {
    return take.equals("vector") ? QuestionKind.VECTOR : QuestionKind.NUMBER;
  }

  @Override
  public Outcome evaluate(Bindings b) {
    double[] v = new double[g.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = g.get(i).eval(b);
    }
    double t = tau.eval(b);
    Clipping c = new Clipping(t);
    double norm = Clipping.norm(v);
    double scale = norm > t ? t / norm : 1;
    double[] clipped = c.apply(v);
    List<Mistake> mistakes = new ArrayList<>();
    Answer answer;
    switch (take) {
      case "norm" -> answer = new Answer.Scalar(norm);
      case "scale" -> {
        answer = new Answer.Scalar(scale);
        mistakes.add(new Mistake("clip-scale-inverted", "That is ‖g‖/τ, upside down: the gradient is scaled by "
            + "τ/‖g‖ when it is longer than τ.", new Answer.Scalar(norm / t)));
      }
      default -> {
        answer = Answer.Vector.of(clipped);
        double[] perCoordinate = new double[v.length];
        for (int i = 0; i < v.length; i++) {
          perCoordinate[i] = Math.max(-t, Math.min(t, v[i]));
        }
        mistakes.add(new Mistake("clipped-each-coordinate", "You clipped each coordinate to [−τ, τ]; norm clipping "
            + "scales the whole vector by τ/‖g‖, keeping its direction.", Answer.Vector.of(perCoordinate)));
        mistakes.add(new Mistake("did-not-clip", "Its norm is " + Explain.brief(norm) + ", above τ = " + Explain.brief(t)
            + ", so it must be scaled down.", Answer.Vector.of(v)));
      }
    }
    List<String> solution = List.of("‖g‖ = " + Explain.n(norm) + (norm > t ? " > " : " ≤ ") + "τ = " + Explain.n(t),
        norm > t ? "g ← g·τ/‖g‖ = g·" + Explain.n(scale) + " = " + Answer.Vector.of(clipped).show()
            : "no clipping: g stays " + Answer.Vector.of(v).show());
    return new Outcome(answer, mistakes, solution);
  }
}
