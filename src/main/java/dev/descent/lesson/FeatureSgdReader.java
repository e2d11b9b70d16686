package dev.descent.lesson;

import dev.descent.engine.model.Model;
import dev.descent.lesson.json.Json;
import dev.descent.problem.FeatureSgdComputation;
import dev.descent.problem.NumParam;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code sgd} computation with a list of weights: {@code "w": [w1, w2, …]}, an optional
 * bias {@code "b"} (0 when not given), and {@code "x": [x1, x2, …]} with {@code "y"}, or a
 * {@code "batch"} of {@code [[x1, x2, …], y]} samples.
 */
final class FeatureSgdReader {
  private FeatureSgdReader() {}

  static FeatureSgdComputation read(ParamReader p, Model model) {
    List<NumParam> w = p.numbers("w");
    NumParam b = p.raw("b") == null ? NumParam.of(0) : p.number("b");
    NumParam eta = p.number("eta");
    String take = p.string("take");
    List<FeatureSgdComputation.Row> batch = new ArrayList<>();
    if (p.raw("batch") != null) {
      if (p.raw("x") != null || p.raw("y") != null) {
        p.diags().error(p.raw("batch").pos(), "give either \"x\" and \"y\" or \"batch\", not both");
        return null;
      }
      if (!(p.raw("batch") instanceof Json.JArray a) || a.items().isEmpty()) {
        p.diags().error(p.raw("batch").pos(), "\"batch\" must be a list of [[x1, x2, ...], y] samples");
        return null;
      }
      for (Json item : a.items()) {
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
