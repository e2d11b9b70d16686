package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.check.UsualMistakes;
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

  @Override public QuestionKind kind() { return take.equals("vector") ? QuestionKind.VECTOR : QuestionKind.NUMBER; }

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
    Value answer;
    switch (take) {
      case "norm" -> answer = new Value.Scalar(norm);
      case "scale" -> {
        answer = new Value.Scalar(scale);
        mistakes.add(UsualMistakes.CLIP_SCALE_INVERTED.of(new Value.Scalar(norm / t)));
      }
      default -> {
        answer = Value.Vector.of(clipped);
        double[] perCoordinate = new double[v.length];
        for (int i = 0; i < v.length; i++) {
          perCoordinate[i] = Math.max(-t, Math.min(t, v[i]));
        }
        mistakes.add(UsualMistakes.CLIPPED_EACH_COORDINATE.of(Value.Vector.of(perCoordinate)));
        mistakes.add(UsualMistakes.DID_NOT_CLIP.with(norm, t).of(Value.Vector.of(v)));
      }
    }
    List<String> solution = List.of("‖g‖ = " + Explain.n(norm) + (norm > t ? " > " : " ≤ ") + "τ = " + Explain.n(t),
        norm > t ? "g ← g·τ/‖g‖ = g·" + Explain.n(scale) + " = " + Value.Vector.of(clipped).show()
            : "no clipping: g stays " + Value.Vector.of(v).show());
    return new Outcome(answer, mistakes, solution).withParts(row -> parts(b));
  }

  /** The norm, then the scale, then the clipped vector, up to what is asked; each with its own usual mistakes. */
  private List<Part> parts(Bindings b) {
    List<String> chain = List.of("norm", "scale", "vector");
    List<Part> out = new ArrayList<>();
    for (int i = 0; chain.indexOf(take) > 0 && i <= chain.indexOf(take); i++) {
      Outcome o = new ClipComputation(g, tau, chain.get(i)).evaluate(b);
      String name = List.of("the norm ||g||", "the scale", "the clipped gradient").get(i);
      out.add(new Part(name, "What is " + name + (i == 1 ? " the gradient is multiplied by" : "") + "?", o.answer(),
          o.mistakes()));
    }
    return out;
  }
}
