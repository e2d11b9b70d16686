package dev.descent.lesson;

import dev.descent.engine.model.Model;
import dev.descent.lesson.json.Json;
import dev.descent.problem.Computation;
import dev.descent.problem.FeatureSgdComputation;
import dev.descent.problem.NumParam;
import dev.descent.problem.SgdComputation;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code sgd} computation: a linear or logistic {@code "model"}, with one weight
 * {@code "w"} and samples {@code "x"}, {@code "y"} or a {@code "batch"} of {@code [x, y]} pairs; or
 * with a list of weights {@code "w": [w1, w2, …]}, an optional bias {@code "b"} (0 when not given),
 * and {@code "x": [x1, x2, …]} with {@code "y"}, or a {@code "batch"} of {@code [[x1, x2, …], y]}
 * samples.
 */
final class SgdReader {
  private SgdReader() {}

  /** The computation; null when something is missing or wrong, reported to {@code p}'s diagnostics. */
  static Computation read(ParamReader p) {
    String modelName = p.string("model");
    Model model = null;
    if ("linear".equals(modelName)) {
      model = Model.LINEAR;
    } else if ("logistic".equals(modelName)) {
      model = Model.LOGISTIC;
    } else if (modelName != null) {
      p.diags().error(p.raw("model").pos(), "\"model\" must be linear or logistic, not \"" + modelName + "\"");
    }
    if (p.raw("w") instanceof Json.JArray) {
      return features(p, model);
    }
    if (p.raw("b") != null) {
      p.diags().error(p.raw("b").pos(), "\"b\", the bias, goes with a list of weights: \"w\": [w1, w2, ...]");
      return null;
    }
    NumParam w = p.number("w");
    NumParam eta = p.number("eta");
    String take = p.string("take");
    List<NumParam[]> batch = new ArrayList<>();
    if (p.raw("batch") != null) {
      List<Json> samples = batch(p, "[x, y] pairs");
      if (samples == null) {
        return null;
      }
      for (Json item : samples) {
        if (!(item instanceof Json.JArray pair) || pair.items().size() != 2) {
          p.diags().error(item.pos(), "each sample of \"batch\" is a pair [x, y]");
          return null;
        }
        NumParam x = p.scope().number(pair.items().get(0), "a batch x");
        NumParam y = p.scope().number(pair.items().get(1), "a batch y");
        if (x == null || y == null) {
          return null;
        }
        batch.add(new NumParam[] {x, y});
      }
    } else {
      NumParam x = p.number("x");
      NumParam y = p.number("y");
      if (x == null || y == null) {
        return null;
      }
      batch.add(new NumParam[] {x, y});
    }
    if (model == null || w == null || eta == null || take == null) {
      return null;
    }
    return new SgdComputation(model, w, eta, batch, take);
  }

  /** The step with a list of weights. */
  private static FeatureSgdComputation features(ParamReader p, Model model) {
    List<NumParam> w = p.numbers("w");
    NumParam b = p.raw("b") == null ? NumParam.of(0) : p.number("b");
    NumParam eta = p.number("eta");
    String take = p.string("take");
    List<FeatureSgdComputation.Row> batch = new ArrayList<>();
    if (p.raw("batch") != null) {
      List<Json> samples = batch(p, "[[x1, x2, ...], y] samples");
      if (samples == null) {
        return null;
      }
      for (Json item : samples) {
        FeatureSgdComputation.Row row = sample(p, item);
        if (row == null) {
          return null;
        }
        batch.add(row);
      }
    } else {
      List<NumParam> x = p.numbers("x");
      NumParam y = p.number("y");
      if (x == null || y == null) {
        return null;
      }
      batch.add(new FeatureSgdComputation.Row(x, y));
    }
    if (model == null || w == null || b == null || eta == null || take == null) {
      return null;
    }
    return new FeatureSgdComputation(model, w, b, eta, batch, take);
  }

  /**
   * The samples of {@code "batch"}, a list of {@code what}; null (reported) when it is not a list, is empty, or
   * comes with {@code "x"} and {@code "y"} as well.
   */
  private static List<Json> batch(ParamReader p, String what) {
    if (p.raw("x") != null || p.raw("y") != null) {
      p.diags().error(p.raw("batch").pos(), "give either \"x\" and \"y\" or \"batch\", not both");
      return null;
    }
    if (!(p.raw("batch") instanceof Json.JArray a) || a.items().isEmpty()) {
      p.diags().error(p.raw("batch").pos(), "\"batch\" must be a list of " + what);
      return null;
    }
    return a.items();
  }

  private static FeatureSgdComputation.Row sample(ParamReader p, Json item) {
    if (!(item instanceof Json.JArray pair) || pair.items().size() != 2
        || !(pair.items().get(0) instanceof Json.JArray features) || features.items().isEmpty()) {
      p.diags().error(item.pos(), "each sample of \"batch\" is a pair [[x1, x2, ...], y]");
      return null;
    }
    List<NumParam> x = new ArrayList<>();
    for (Json f : features.items()) {
      NumParam v = p.scope().number(f, "a batch x");
      if (v == null) {
        return null;
      }
      x.add(v);
    }
    NumParam y = p.scope().number(pair.items().get(1), "a batch y");
    return y == null ? null : new FeatureSgdComputation.Row(x, y);
  }
}
