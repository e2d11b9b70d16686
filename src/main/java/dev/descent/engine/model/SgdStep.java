package dev.descent.engine.model;

import dev.descent.engine.Decimal;
import dev.descent.engine.DescentException;
import java.util.List;

/**
 * One SGD step of a one-weight model on a mini-batch (one sample is a batch of one), with every
 * intermediate quantity a learner is asked for: per sample the prediction, the error
 * (prediction − y) and the gradient (error·x); then the mean gradient, the new weight and the mean
 * loss before and after.
 */
public record SgdStep(Model model, double w, double eta, List<Sample> batch, double[] predictions,
    double[] errors, double[] gradients, double gradient, double newW, double lossBefore, double lossAfter) {

  /** Takes the step. */
  public static SgdStep take(Model model, double w, List<Sample> batch, double eta) {
    if (batch.isEmpty()) {
      throw new DescentException("an SGD step needs at least one sample");
    }
    if (!Double.isFinite(w)) {
      throw new DescentException("the weight must be a finite number, got " + Decimal.of(w));
    }
    if (!(eta > 0 && Double.isFinite(eta))) {
      throw new DescentException("the learning rate must be a positive number, got " + Decimal.of(eta));
    }
    int n = batch.size();
    double[] predictions = new double[n];
    double[] errors = new double[n];
    double[] gradients = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      Sample s = batch.get(i);
      predictions[i] = model.predict(w, s.x());
      errors[i] = model.error(predictions[i], s.y());
      gradients[i] = errors[i] * s.x();
      sum += gradients[i];
    }
    double mean = sum / n;
    double next = w - eta * mean;
    return new SgdStep(model, w, eta, List.copyOf(batch), predictions, errors, gradients, mean, next,
        meanLoss(model, w, batch), meanLoss(model, next, batch));
  }

  /** One sample's step. */
  public static SgdStep take(Model model, double w, Sample sample, double eta) {
    return take(model, w, List.of(sample), eta);
  }

  /** The mean loss of the batch at weight {@code w}. */
  public static double meanLoss(Model model, double w, List<Sample> batch) {
    double sum = 0;
    for (Sample s : batch) {
      sum += model.loss(model.predict(w, s.x()), s.y());
    }
    return sum / batch.size();
  }

  /** The prediction for the first (or only) sample. */
  public double prediction() {
    return predictions[0];
  }

  /** The error for the first (or only) sample. */
  public double error() {
    return errors[0];
  }
}
