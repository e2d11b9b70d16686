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
        mistakes.add(new Mistake("clip-scale-inverted", "That is ||g||/tau, upside down: the gradient is scaled by "
            + "tau/||g|| when it is longer than tau.", new Answer.Scalar(norm / t)));
      }
      default -> {
        answer = Answer.Vector.of(clipped);
        double[] perCoordinate = new double[v.length];
        for (int i = 0; i < v.length; i++) {
          perCoordinate[i] = Math.max(-t, Math.min(t, v[i]));
        }
        mistakes.add(new Mistake("clipped-each-coordinate", "You clipped each coordinate to [-tau, tau]; norm clipping "
            + "scales the whole vector by tau/||g||, keeping its direction.", Answer.Vector.of(perCoordinate)));
        mistakes.add(new Mistake("did-not-clip", "Its norm is " + Explain.n(norm) + ", above tau = " + Explain.n(t)
            + ", so it must be scaled down.", Answer.Vector.of(v)));
      }
    }
    List<String> solution = List.of("||g|| = " + Explain.n(norm) + (norm > t ? " > " : " <= ") + "tau = " + Explain.n(t),
        norm > t ? "g <- g * tau/||g|| = g * " + Explain.n(scale) + " = " + Answer.Vector.of(clipped).show()
            : "no clipping: g stays " + Answer.Vector.of(v).show());
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
