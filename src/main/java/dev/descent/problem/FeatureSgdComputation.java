package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.engine.model.FeatureSample;
import dev.descent.engine.model.FeatureStep;
import dev.descent.engine.model.Model;
import dev.descent.engine.model.SgdSlip;
import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A quantity of one SGD step of a linear or logistic model with a weight per feature and a bias
 * (the {@code sgd} computation with a list of weights), on one sample or a mini-batch, with the
 * usual mistakes of the one-weight step carried over to every weight and the bias.
 */
public record FeatureSgdComputation(Model model, List<NumParam> w, NumParam b, NumParam eta, List<Row> batch, String take)
    implements Computation {

  /** One sample as written: its features and its target. */
  public record Row(List<NumParam> x, NumParam y) {
    public Row {
      x = List.copyOf(x);
    }
  }

  /** What may be asked, with the kind of answer each gives; the plural per-sample lists only for a batch. */
  public static final Map<String, QuestionKind> TAKES = Map.ofEntries(Map.entry("score", QuestionKind.NUMBER),
      Map.entry("prediction", QuestionKind.NUMBER), Map.entry("error", QuestionKind.NUMBER),
      Map.entry("scores", QuestionKind.VECTOR), Map.entry("predictions", QuestionKind.VECTOR),
      Map.entry("errors", QuestionKind.VECTOR), Map.entry("gradient", QuestionKind.VECTOR),
      Map.entry("grad_b", QuestionKind.NUMBER), Map.entry("new_w", QuestionKind.VECTOR),
      Map.entry("new_b", QuestionKind.NUMBER), Map.entry("loss", QuestionKind.NUMBER),
      Map.entry("loss_after", QuestionKind.NUMBER));

  /** The slips tried for the new weights and bias, the model's own first: when two agree, it is the likelier. */
  private static final List<SgdSlip> UPDATE_SLIPS = List.of(SgdSlip.ADDED_GRADIENT, SgdSlip.FORGOT_LEARNING_RATE,
      SgdSlip.USED_P_HAT, SgdSlip.FORGOT_SIGMOID, SgdSlip.DOUBLED_GRADIENT, SgdSlip.FORGOT_CHAIN_RULE_X,
      SgdSlip.SUMMED_BATCH, SgdSlip.BIAS_NOT_UPDATED);

  public FeatureSgdComputation {
    w = List.copyOf(w);
    batch = List.copyOf(batch);
    if (batch.isEmpty()) {
      throw new DescentException("an SGD step needs x and y, or a batch");
    }
    if (!TAKES.containsKey(take)) {
      throw new DescentException("cannot take \"" + take + "\" of an SGD step with several weights; use "
          + String.join(", ", new java.util.TreeSet<>(TAKES.keySet())));
    }
    boolean plural = Set.of("scores", "predictions", "errors").contains(take);
    if (batch.size() > 1 && Set.of("score", "prediction", "error").contains(take)) {
      throw new DescentException("a batch has one " + take + " per sample: take \"" + take + "s\"");
    }
    if (batch.size() == 1 && plural) {
      throw new DescentException("one sample has one " + take.substring(0, take.length() - 1) + ": take \""
          + take.substring(0, take.length() - 1) + "\"");
    }
    for (int i = 0; i < batch.size(); i++) {
      if (batch.get(i).x().size() != w.size()) {
        throw new DescentException("sample " + (i + 1) + " has " + batch.get(i).x().size() + " features but \"w\" has "
            + w.size() + " weights");
      }
    }
  }

  @Override public QuestionKind kind() { return TAKES.get(take); }

  @Override
  public Outcome evaluate(Bindings bindings) {
    double[] w0 = values(w, bindings);
    double b0 = b.eval(bindings);
    List<FeatureSample> samples = new ArrayList<>();
    for (Row r : batch) {
      samples.add(new FeatureSample(values(r.x(), bindings), r.y().eval(bindings)));
    }
    double rate = eta.eval(bindings);
    FeatureStep right = FeatureStep.take(model, w0, b0, samples, rate);
    Value answer = read(right);
    List<Mistake> mistakes = new ArrayList<>();
    for (SgdSlip slip : slips()) {
      if (slip.appliesTo(right)) {
        mistakes.add(SgdMistakes.of(slip).of(read(FeatureStep.take(model, w0, b0, samples, rate, slip))));
      }
    }
    return new Outcome(answer, mistakes, () -> solution(right)).withParts(row -> parts(bindings));
  }

  /**
   * The quantities worked out on the way to {@code take}, up to it, each with its own usual mistakes: the
   * prediction, the error, the gradient (of the weights, or of the bias) and the step; empty for the rest.
   */
  private List<Part> parts(Bindings bindings) {
    boolean bias = take.endsWith("_b");
    String s = batch.size() > 1 ? "s" : "";
    List<String> chain = List.of("prediction" + s, "error" + s, bias ? "grad_b" : "gradient", bias ? "new_b" : "new_w");
    List<String> names = List.of("the prediction" + s, "the error" + s, bias ? "the bias's gradient" : "the gradient",
        "the step");
    int upTo = chain.indexOf(take);
    List<Part> out = new ArrayList<>();
    for (int i = 0; upTo > 0 && i <= upTo; i++) {
      Outcome o = new FeatureSgdComputation(model, w, b, eta, batch, chain.get(i)).evaluate(bindings);
      out.add(new Part(names.get(i), "What is " + names.get(i) + (i == 3 ? (bias ? ", the new b" : ", the new w")
          : "") + "?", o.answer(), o.mistakes()));
    }
    return out;
  }

  private List<SgdSlip> slips() {
    return switch (take) {
      case "prediction", "predictions" -> List.of(SgdSlip.FORGOT_SIGMOID);
      case "error", "errors" -> List.of(SgdSlip.ERROR_SIGN);
      case "gradient", "grad_b" -> SgdMistakes.GRADIENT;
      case "new_w", "new_b" -> UPDATE_SLIPS;
      default -> List.of(); // the score and the losses have no usual slip beyond the generic ones
    };
  }

  private Value read(FeatureStep s) {
    Function<FeatureStep, Value> quantity = switch (take) {
      case "score" -> t -> new Value.Scalar(t.scores()[0]);
      case "prediction" -> t -> new Value.Scalar(t.predictions()[0]);
      case "error" -> t -> new Value.Scalar(t.errors()[0]);
      case "scores" -> t -> Value.Vector.of(t.scores());
      case "predictions" -> t -> Value.Vector.of(t.predictions());
      case "errors" -> t -> Value.Vector.of(t.errors());
      case "gradient" -> t -> Value.Vector.of(t.gradient());
      case "grad_b" -> t -> new Value.Scalar(t.biasGradient());
      case "new_w" -> t -> Value.Vector.of(t.newW());
      case "new_b" -> t -> new Value.Scalar(t.newB());
      case "loss" -> t -> new Value.Scalar(t.lossBefore());
      default -> t -> new Value.Scalar(t.lossAfter());
    };
    return quantity.apply(s);
  }

  private List<String> solution(FeatureStep s) {
    boolean logistic = model == Model.LOGISTIC;
    List<String> out = new ArrayList<>();
    out.add(logistic ? "Model p̂ = σ(z) with z = w·x + b, log-loss; dL/dw_j = (p̂ − y)·x_j, dL/db = p̂ − y."
        : "Model ŷ = z = w·x + b, loss (1/2)(ŷ − y)²; dL/dw_j = (ŷ − y)·x_j, dL/db = ŷ − y.");
    out.add("w = " + Explain.vector(s.w()) + ", b = " + n(s.b()) + ", η = " + n(s.eta()));
    for (int i = 0; i < s.batch().size(); i++) {
      FeatureSample sample = s.batch().get(i);
      out.add((s.batch().size() > 1 ? "sample " + (i + 1) + ": " : "") + "x = " + Explain.vector(sample.x()) + ", y = "
          + n(sample.y()) + ": z = " + n(s.scores()[i]) + (logistic ? ", p̂ = σ(z) = " + n(s.predictions()[i]) : "")
          + ", error = " + n(s.errors()[i]) + ", gradient " + Explain.vector(s.gradients()[i]) + " and "
          + n(s.biasGradients()[i]) + " for b");
    }
    out.add((s.batch().size() > 1 ? "mean gradient " : "gradient ") + Explain.vector(s.gradient()) + ", for b "
        + n(s.biasGradient()));
    out.add("new w = " + Explain.vector(s.w()) + " − " + n(s.eta()) + "·" + Explain.vector(s.gradient()) + " = "
        + Explain.vector(s.newW()));
    out.add("new b = " + n(s.b()) + " − " + n(s.eta()) + "·(" + n(s.biasGradient()) + ") = " + n(s.newB()));
    out.add("loss before " + n(s.lossBefore()) + ", after " + n(s.lossAfter()));
    return out;
  }

  private static double[] values(List<NumParam> params, Bindings bindings) {
    double[] out = new double[params.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = params.get(i).eval(bindings);
    }
    return out;
  }

  private static String n(double v) {
    return Explain.n(v);
  }
}
