package dev.descent.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A point parameter such as {@code { "x": 0, "y": "y0" }}: coordinate names in order, and their values. */
public record PointParam(Map<String, NumParam> coordinates) {
  public PointParam {
    coordinates = Collections.unmodifiableMap(new LinkedHashMap<>(coordinates));
  }

  /** The coordinate names, in order. */
  public List<String> names() {
    return new ArrayList<>(coordinates.keySet());
  }

  /** The values for one variant. */
  public double[] eval(Bindings b) {
    double[] x = new double[coordinates.size()];
    int i = 0;
    for (NumParam p : coordinates.values()) {
      x[i++] = p.eval(b);
    }
    return x;
  }
}
