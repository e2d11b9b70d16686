package dev.descent.problem;

import dev.descent.check.Answer;
import dev.descent.check.Mistake;
import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.engine.model.Model;
import dev.descent.engine.model.Sample;
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

  @Override
  public QuestionKind kind() {
    return LISTS.contains(take) ? QuestionKind.VECTOR : QuestionKind.NUMBER;
  }

  @Override
  public Outcome evaluate(Bindings b) {
    List<Sample> samples = new ArrayList<>();
    for (NumParam[] xy : batch) {
      samples.add(new Sample(xy[0].eval(b), xy[1].eval(b)));
    }
    double w0 = w.eval(b);
    double rate = eta.eval(b);
    SgdStep s = SgdStep.take(model, w0, samples, rate);
    Answer answer = read(s);
    List<Mistake> mistakes = mistakes(s, w0, rate, samples);
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
    String predicted = logistic ? "p_hat = sigma(w*x)" : "y_hat = w*x";
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
      case "gradients" -> "Each sample's gradient dL/dw = error * x" + each + ", as a list?";
      case "gradient" -> s.batch().size() > 1 ? "The batch's gradient, from the samples' gradients?"
          : "The gradient dL/dw: the error times x = " + n(s.batch().get(0).x()) + "?";
      default -> "The step: the new w from w = " + n(s.w()) + " with eta = " + n(s.eta()) + "?";
    };
  }

  private Answer read(SgdStep s) {
    return switch (take) {
      case "prediction" -> new Answer.Scalar(s.prediction());
      case "error" -> new Answer.Scalar(s.error());
      case "gradient" -> new Answer.Scalar(s.gradient());
      case "new_w" -> new Answer.Scalar(s.newW());
      case "loss" -> new Answer.Scalar(s.lossBefore());
      case "loss_after" -> new Answer.Scalar(s.lossAfter());
      case "predictions" -> Answer.Vector.of(s.predictions());
      case "errors" -> Answer.Vector.of(s.errors());
      default -> Answer.Vector.of(s.gradients());
    };
  }

  private List<Mistake> mistakes(SgdStep s, double w0, double rate, List<Sample> samples) {
    List<Mistake> out = new ArrayList<>();
    int n = samples.size();
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = samples.get(i).x();
      y[i] = samples.get(i).y();
    }
    boolean logistic = model == Model.LOGISTIC;
    // Quantities a learner gets with each slip, per sample, then averaged as the step does.
    double[] withoutX = s.errors();
    double[] flipped = new double[n];
    double[] usedPrediction = new double[n];
    double[] noSigmoid = new double[n];
    double[] doubled = new double[n];
    for (int i = 0; i < n; i++) {
      flipped[i] = -s.errors()[i] * x[i];
      usedPrediction[i] = s.predictions()[i] * x[i];
      noSigmoid[i] = (w0 * x[i] - y[i]) * x[i];
      doubled[i] = 2 * s.gradients()[i];
    }
    String forgotX = SgdMessages.of("forgot-chain-rule-x");
    String sign = SgdMessages.of("error-sign");
    String pHat = SgdMessages.of("used-p-hat");
    String sigmoid = SgdMessages.of("forgot-sigmoid");
    String half = SgdMessages.of("doubled-gradient");
    String sum = SgdMessages.of("summed-batch");
    switch (take) {
      case "prediction", "predictions" -> {
        if (logistic) {
          double[] z = new double[n];
          for (int i = 0; i < n; i++) {
            z[i] = w0 * x[i];
          }
          out.add(new Mistake("forgot-sigmoid", sigmoid, shaped(z)));
        }
      }
      case "error", "errors" -> out.add(new Mistake("error-sign", sign, shaped(negate(s.errors()))));
      case "gradient", "gradients" -> {
        // The model's own slips come first: when two slips give the same number, the one the
        // model invites is the likelier explanation.
        if (logistic) {
          out.add(new Mistake("used-p-hat", pHat, shaped(usedPrediction)));
          out.add(new Mistake("forgot-sigmoid", sigmoid, shaped(noSigmoid)));
        } else {
          out.add(new Mistake("doubled-gradient", half, shaped(doubled)));
        }
        out.add(new Mistake("forgot-chain-rule-x", forgotX, shaped(withoutX)));
        out.add(new Mistake("error-sign", sign, shaped(flipped)));
        if (n > 1 && take.equals("gradient")) {
          out.add(new Mistake("summed-batch", sum, new Answer.Scalar(s.gradient() * n)));
        }
      }
      case "new_w" -> {
        double g = s.gradient();
        out.add(new Mistake("added-gradient", SgdMessages.of("added-gradient"), new Answer.Scalar(w0 + rate * g)));
        out.add(new Mistake("forgot-learning-rate", SgdMessages.of("forgot-learning-rate"), new Answer.Scalar(w0 - g)));
        out.add(new Mistake("forgot-chain-rule-x", forgotX, new Answer.Scalar(w0 - rate * mean(withoutX))));
        if (logistic) {
          out.add(new Mistake("used-p-hat", pHat, new Answer.Scalar(w0 - rate * mean(usedPrediction))));
          out.add(new Mistake("forgot-sigmoid", sigmoid, new Answer.Scalar(w0 - rate * mean(noSigmoid))));
        } else {
          out.add(new Mistake("doubled-gradient", half, new Answer.Scalar(w0 - rate * mean(doubled))));
        }
        if (n > 1) {
          out.add(new Mistake("summed-batch", sum, new Answer.Scalar(w0 - rate * g * n)));
        }
      }
      default -> {
        // The losses have no usual slip beyond the generic ones (sign, powers of ten).
      }
    }
    return out;
  }

  private Answer shaped(double[] perSample) {
    if (LISTS.contains(take)) {
      return Answer.Vector.of(perSample);
    }
    return new Answer.Scalar(take.equals("gradient") ? mean(perSample) : perSample[0]);
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  private static double[] negate(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = -v[i];
    }
    return out;
  }

  private List<String> solution(SgdStep s) {
    List<String> out = new ArrayList<>();
    boolean logistic = model == Model.LOGISTIC;
    out.add(logistic ? "Model p_hat = sigma(w*x), log-loss; dL/dw = (p_hat - y) * x."
        : "Model y_hat = w*x, loss (1/2)(w*x - y)^2; dL/dw = (w*x - y) * x.");
    out.add("w = " + n(s.w()) + ", eta = " + n(s.eta()));
    for (int i = 0; i < s.batch().size(); i++) {
      Sample p = s.batch().get(i);
      String pred = logistic ? "p_hat = sigma(" + n(s.w()) + " * " + n(p.x()) + ") = " + n(s.predictions()[i])
          : "y_hat = " + n(s.w()) + " * " + n(p.x()) + " = " + n(s.predictions()[i]);
      out.add((s.batch().size() > 1 ? "sample " + (i + 1) + " (x = " + n(p.x()) + ", y = " + n(p.y()) + "): " : "")
          + pred + ", error = " + n(s.predictions()[i]) + " - " + n(p.y()) + " = " + n(s.errors()[i])
          + ", gradient = " + n(s.errors()[i]) + " * " + n(p.x()) + " = " + n(s.gradients()[i]));
    }
    if (s.batch().size() > 1) {
      out.add("mean gradient = " + n(s.gradient()));
    }
    out.add("new w = " + n(s.w()) + " - " + n(s.eta()) + " * (" + n(s.gradient()) + ") = " + n(s.newW()));
    out.add("loss before " + n(s.lossBefore()) + ", after " + n(s.lossAfter()));
    return out;
  }

  private static String n(double v) {
    return Numbers.format(v);
  }
}
