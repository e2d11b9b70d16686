package dev.descent.engine.model;

import dev.descent.engine.Decimal;
import dev.descent.engine.DescentException;
import java.util.List;

/**
 * One SGD step of a linear or logistic model with a weight per feature and a bias, on a
 * mini-batch (one sample is a batch of one), with every intermediate quantity in the open: per
 * sample the score z = w·x + b, the prediction (z, or σ(z)), the error (prediction − y) and the
 * gradients (error·xⱼ for each weight, the error for the bias); then their means over the batch,
 * the new weights wⱼ − η·gⱼ and bias b − η·g_b, and the mean loss before and after.
 */
public record FeatureStep(Model model, double[] w, double b, double eta, List<FeatureSample> batch, StepRule rule,
    double[] scores, double[] predictions, double[] errors, double[][] gradients, double[] biasGradients,
    double[] gradient, double biasGradient, double[] newW, double newB, double lossBefore, double lossAfter) {

  /** The right step. */
  public static FeatureStep take(Model model, double[] w, double b, List<FeatureSample> batch, double eta) {
    return take(model, w, b, batch, eta, StepRule.RIGHT);
  }

  /** The step as {@code rule} works it: the right rule, or a usual mistake. */
  public static FeatureStep take(Model model, double[] w, double b, List<FeatureSample> batch, double eta,
      StepRule rule) {
    check(w, b, batch, eta);
    int n = batch.size();
    int d = w.length;
    double[] scores = new double[n];
    double[] predictions = new double[n];
    double[] errors = new double[n];
    double[][] gradients = new double[n][d];
    double[] biasGradients = new double[n];
    double[] gradient = new double[d];
    double biasGradient = 0;
    double share = rule.averages() ? 1.0 / n : 1.0;
    for (int i = 0; i < n; i++) {
      double[] x = batch.get(i).x();
      scores[i] = score(w, b, x);
      predictions[i] = rule.prediction(model, scores[i]);
      errors[i] = rule.error(predictions[i], batch.get(i).y());
      for (int j = 0; j < d; j++) {
        gradients[i][j] = rule.weightGradient(errors[i], x[j]) + 0.0; // + 0.0 turns -0.0 into 0.0
        gradient[j] += share * gradients[i][j];
      }
      biasGradients[i] = rule.biasGradient(errors[i]);
      biasGradient += share * biasGradients[i];
    }
    double[] newW = new double[d];
    for (int j = 0; j < d; j++) {
      newW[j] = w[j] + rule.move(eta, gradient[j]);
    }
    double newB = b + rule.biasMove(eta, biasGradient);
    return new FeatureStep(model, w.clone(), b, eta, List.copyOf(batch), rule, scores, predictions, errors, gradients,
        biasGradients, gradient, biasGradient, newW, newB, meanLoss(model, w, b, batch), meanLoss(model, newW, newB, batch));
  }

  /** The mean loss of the batch at weights {@code w} and bias {@code b}. */
  public static double meanLoss(Model model, double[] w, double b, List<FeatureSample> batch) {
    double sum = 0;
    for (FeatureSample s : batch) {
      sum += model.loss(model.ofScore(score(w, b, s.x())), s.y());
    }
    return sum / batch.size();
  }

  private static double score(double[] w, double b, double[] x) {
    double z = b;
    for (int j = 0; j < w.length; j++) {
      z += w[j] * x[j];
    }
    return z;
  }

  private static void check(double[] w, double b, List<FeatureSample> batch, double eta) {
    if (batch.isEmpty()) {
      throw new DescentException("an SGD step needs at least one sample");
    }
    for (double v : w) {
      if (!Double.isFinite(v)) {
        throw new DescentException("the weights must be finite numbers");
      }
    }
    if (!Double.isFinite(b)) {
      throw new DescentException("the bias must be a finite number, got " + Decimal.of(b));
    }
    if (!(eta > 0 && Double.isFinite(eta))) {
      throw new DescentException("the learning rate must be a positive number, got " + Decimal.of(eta));
    }
    for (int i = 0; i < batch.size(); i++) {
      if (batch.get(i).x().length != w.length) {
        throw new DescentException("sample " + (i + 1) + " has " + batch.get(i).x().length + " features but there are "
            + w.length + " weights");
      }
    }
  }
}
