package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.expr.ExpressionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a point written as {@code x=0,y=1} (values may be small expressions such as {@code pi/2}). */
final class PointOption {
  private PointOption() {}

  /** The coordinates, in the order written; several option values are joined in order. */
  static Map<String, Double> parse(String option, List<String> values) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String value : values) {
      for (String part : value.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        int eq = part.indexOf('=');
        if (eq < 0) {
          throw new DescentException(option + ": write each coordinate as name=value, as in " + option
              + " w=0 or " + option + " x=1,y=2; got '" + part.strip() + "'");
        }
        String name = part.substring(0, eq).strip();
        if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')
            || !Character.isLetter(name.charAt(0))) {
          throw new DescentException(option + ": '" + name + "' is not a variable name");
        }
        double v = number(option + " " + name, part.substring(eq + 1));
        if (out.put(name, v) != null) {
          throw new DescentException(option + ": " + name + " is given twice");
        }
        if (out.size() > Objective.MAX_DIMENSION) {
          throw new DescentException(option + ": a point may have at most " + Objective.MAX_DIMENSION
              + " coordinates");
        }
      }
    }
    if (out.isEmpty()) {
      throw new DescentException(option + " needs at least one coordinate, as in " + option + " w=0");
    }
    return out;
  }

  /** A number, or a small expression of numbers such as {@code 1/3}. */
  static double number(String what, String text) {
    try {
      Expression e = Expression.parse(text);
      if (!e.isConstant()) {
        throw new DescentException(what + ": '" + text.strip() + "' must be a number, not an expression in "
            + String.join(", ", e.variables()));
      }
      double v = e.constantValue();
      if (!Double.isFinite(v)) {
        throw new DescentException(what + ": '" + text.strip() + "' is not a finite number");
      }
      return v;
    } catch (ExpressionException ex) {
      throw new DescentException(what + ": " + ex.getMessage());
    }
  }

  /** The names, in order. */
  static List<String> names(Map<String, Double> point) {
    return new ArrayList<>(point.keySet());
  }

  /** The values, in order. */
  static double[] values(Map<String, Double> point) {
    return point.values().stream().mapToDouble(Double::doubleValue).toArray();
  }
}
