package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.engine.model.FeatureSample;
import dev.descent.engine.model.FeatureStep;
import dev.descent.engine.model.Model;
import dev.descent.engine.model.Sample;
import dev.descent.engine.model.SgdSlip;
import dev.descent.engine.model.SgdStep;
import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A quantity of one SGD step of linear or logistic regression on a sample or a mini-batch. */
public record SgdComputation(Model model, NumParam w, NumParam eta, List<NumParam[]> batch, String take)
    implements Computation {

  /** The quantities of one sample. */
  public static final Set<String> SINGLE = Set.of("prediction", "error", "gradient", "new_w", "loss", "loss_after");
  /** The per-sample lists of a batch. */
  public static final Set<String> LISTS = Set.of("predictions", "errors", "gradients");

  /** The slips tried for the new weight, in the order the one-weight step has always tried them. */
  private static final List<SgdSlip> UPDATE_SLIPS = List.of(SgdSlip.ADDED_GRADIENT, SgdSlip.FORGOT_LEARNING_RATE,
      SgdSlip.FORGOT_CHAIN_RULE_X, SgdSlip.USED_P_HAT, SgdSlip.FORGOT_SIGMOID, SgdSlip.DOUBLED_GRADIENT,
      SgdSlip.SUMMED_BATCH);

  public SgdComputation {
    batch = List.copyOf(batch);
    if (batch.isEmpty()) {
      throw new DescentException("an SGD step needs x and y, or a batch");
    }
    if (!SINGLE.contains(take) && !LISTS.contains(take)) {
      throw new DescentException("cannot take \"" + take + "\" of an SGD step; use prediction, error, gradient, new_w, "
          + "loss, loss_after, or for a batch predictions, errors, gradients");
    }
    if (batch.size() > 1 && (take.equals("prediction") || take.equals("error"))) {
      throw new DescentException("a batch has one " + take + " per sample: take \"" + take + "s\"");
    }
  }

  @Override public QuestionKind kind() { return LISTS.contains(take) ? QuestionKind.VECTOR : QuestionKind.NUMBER; }

  @Override
  public Outcome evaluate(Bindings b) {
    List<Sample> samples = new ArrayList<>();
    for (NumParam[] xy : batch) {
      samples.add(new Sample(xy[0].eval(b), xy[1].eval(b)));
    }
    double w0 = w.eval(b);
    double rate = eta.eval(b);
    SgdStep s = SgdStep.take(model, w0, samples, rate);
    Value answer = read(s);
    List<Mistake> mistakes = mistakes(w0, rate, samples);
    return new Outcome(answer, mistakes, () -> solution(s)).withParts(row -> parts(b, s));
  }

  /** The quantities of a single sample's step, in the order they are worked out. */
  private static final List<String> CHAIN = List.of("prediction", "error", "gradient", "new_w");
  /** The quantities of a batch's step, in the order they are worked out. */
  private static final List<String> BATCH_CHAIN = List.of("predictions", "errors", "gradients", "gradient", "new_w");

  /**
   * The quantities worked out on the way to {@code take}, up to it, each with its own usual mistakes;
   * empty for the first quantity of the chain and for the losses, which are one step from the numbers.
   */
  private List<Part> parts(Bindings b, SgdStep s) {
    List<String> chain = batch.size() > 1 ? BATCH_CHAIN : CHAIN;
    int upTo = chain.indexOf(take);
    List<Part> out = new ArrayList<>();
    for (int i = 0; upTo > 0 && i <= upTo; i++) {
      String t = chain.get(i);
      Outcome o = new SgdComputation(model, w, eta, batch, t).evaluate(b);
      out.add(new Part(partName(t), partPrompt(t, s), o.answer(), o.mistakes()));
    }
    return out;
  }

  private static String partName(String take) {
    return switch (take) {
      case "prediction", "predictions" -> "the prediction" + (take.endsWith("s") ? "s" : "");
      case "error", "errors" -> "the error" + (take.endsWith("s") ? "s" : "");
      case "gradients" -> "each sample's gradient";
      case "gradient" -> "the gradient";
      default -> "the step";
    };
  }

  private String partPrompt(String take, SgdStep s) {
    boolean logistic = model == Model.LOGISTIC;
    String predicted = logistic ? "p̂ = σ(w·x)" : "ŷ = w·x";
    StringBuilder samples = new StringBuilder();
    for (Sample p : s.batch()) {
      samples.append(samples.length() == 0 ? "" : "; ").append("x = ").append(n(p.x())).append(", y = ").append(n(p.y()));
    }
    String each = s.batch().size() > 1 ? " of each sample (" + samples + ")" : "";
    return switch (take) {
      case "prediction" -> "The prediction " + predicted + " at w = " + n(s.w()) + ", x = " + n(s.batch().get(0).x()) + "?";
      case "predictions" -> "The predictions " + predicted + each + " at w = " + n(s.w()) + ", as a list?";
      case "error" -> "The error: the prediction minus y = " + n(s.batch().get(0).y()) + "?";
      case "errors" -> "The errors, prediction minus y" + each + ", as a list?";
      case "gradients" -> "Each sample's gradient dL/dw = error · x" + each + ", as a list?";
      case "gradient" -> s.batch().size() > 1 ? "The batch's gradient, from the samples' gradients?"
          : "The gradient dL/dw: the error times x = " + n(s.batch().get(0).x()) + "?";
      default -> "The step: the new w from w = " + n(s.w()) + " with η = " + n(s.eta()) + "?";
    };
  }

  private Value read(SgdStep s) {
    return switch (take) {
      case "prediction" -> new Value.Scalar(s.prediction());
      case "error" -> new Value.Scalar(s.error());
      case "gradient" -> new Value.Scalar(s.gradient());
      case "new_w" -> new Value.Scalar(s.newW());
      case "loss" -> new Value.Scalar(s.lossBefore());
      case "loss_after" -> new Value.Scalar(s.lossAfter());
      case "predictions" -> Value.Vector.of(s.predictions());
      case "errors" -> Value.Vector.of(s.errors());
      default -> Value.Vector.of(s.gradients());
    };
  }

  /**
   * The usual mistakes of this quantity, each worked by the engine's {@link SgdSlip} on the step as a
   * step with one weight and no bias; the model's own slips come first, since when two slips give the
   * same number, the one the model invites is the likelier explanation.
   */
  private List<Mistake> mistakes(double w0, double rate, List<Sample> samples) {
    List<FeatureSample> batch = new ArrayList<>();
    for (Sample s : samples) {
      batch.add(new FeatureSample(new double[] {s.x()}, s.y()));
    }
    double[] w = {w0};
    FeatureStep right = FeatureStep.take(model, w, 0, batch, rate);
    List<Mistake> out = new ArrayList<>();
    for (SgdSlip slip : slips()) {
      if (slip.appliesTo(right)) {
        out.add(SgdMistakes.of(slip).of(read(FeatureStep.take(model, w, 0, batch, rate, slip))));
      }
    }
    return out;
  }

  private List<SgdSlip> slips() {
    return switch (take) {
      case "prediction", "predictions" -> List.of(SgdSlip.FORGOT_SIGMOID);
      case "error", "errors" -> List.of(SgdSlip.ERROR_SIGN);
      // A batch's per-sample gradients are the same summed or averaged: only their mean can be summed.
      case "gradients" -> SgdMistakes.GRADIENT.subList(0, SgdMistakes.GRADIENT.size() - 1);
      case "gradient" -> SgdMistakes.GRADIENT;
      case "new_w" -> UPDATE_SLIPS;
      default -> List.of(); // the losses have no usual slip beyond the generic ones (sign, powers of ten)
    };
  }

  /** The quantity asked for, of a step worked with one weight and no bias (right or with a slip). */
  private Value read(FeatureStep t) {
    return switch (take) {
      case "prediction" -> new Value.Scalar(t.predictions()[0]);
      case "error" -> new Value.Scalar(t.errors()[0]);
      case "gradient" -> new Value.Scalar(t.gradient()[0]);
      case "new_w" -> new Value.Scalar(t.newW()[0]);
      case "predictions" -> Value.Vector.of(t.predictions());
      case "errors" -> Value.Vector.of(t.errors());
      default -> Value.Vector.of(column(t.gradients()));
    };
  }

  private static double[] column(double[][] perSample) {
    double[] out = new double[perSample.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = perSample[i][0];
    }
    return out;
  }

  private List<String> solution(SgdStep s) {
    List<String> out = new ArrayList<>();
    boolean logistic = model == Model.LOGISTIC;
    out.add(logistic ? "Model p̂ = σ(w·x), log-loss; dL/dw = (p̂ − y)·x."
        : "Model ŷ = w·x, loss (1/2)(w·x − y)²; dL/dw = (w·x − y)·x.");
    out.add("w = " + n(s.w()) + ", η = " + n(s.eta()));
    for (int i = 0; i < s.batch().size(); i++) {
      Sample p = s.batch().get(i);
      String pred = logistic ? "p̂ = σ(" + n(s.w()) + "·" + n(p.x()) + ") = " + n(s.predictions()[i])
          : "ŷ = " + n(s.w()) + "·" + n(p.x()) + " = " + n(s.predictions()[i]);
      out.add((s.batch().size() > 1 ? "sample " + (i + 1) + " (x = " + n(p.x()) + ", y = " + n(p.y()) + "): " : "")
          + pred + ", error = " + n(s.predictions()[i]) + " − " + n(p.y()) + " = " + n(s.errors()[i])
          + ", gradient = " + n(s.errors()[i]) + "·" + n(p.x()) + " = " + n(s.gradients()[i]));
    }
    if (s.batch().size() > 1) {
      out.add("mean gradient = " + n(s.gradient()));
    }
    out.add("new w = " + n(s.w()) + " − " + n(s.eta()) + "·(" + n(s.gradient()) + ") = " + n(s.newW()));
    out.add("loss before " + n(s.lossBefore()) + ", after " + n(s.lossAfter()));
    return out;
  }

  private static String n(double v) {
    return Explain.n(v);
  }
}
