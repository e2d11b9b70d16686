package dev.descent.ui.demo;

import dev.descent.course.Feedback;
import dev.descent.course.Feedback.Verdict;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.expr.ExpressionException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** A number question: right within 0.1 %, named mistakes by their values. */
record NumberJudge(String name, double right, Map<Double, String> mistakes) implements Judge {

  @Override
  public Feedback judge(List<List<String>> cells) {
    String typed = cells.isEmpty() || cells.get(0).isEmpty() ? "" : cells.get(0).get(0);
    OptionalDouble v = read(typed);
    if (v.isEmpty()) {
      return Judge.simple(Verdict.UNREADABLE, "Could not read '" + typed.strip() + "' as a number.", null,
          List.of("Type a number such as 0.25, 1/4 or -2e-1."));
    }
    if (close(v.getAsDouble(), right)) {
      return Judge.simple(Verdict.RIGHT, "Right: " + name + " = " + format(right) + ".", null, List.of());
    }
    for (Map.Entry<Double, String> m : mistakes.entrySet()) {
      if (close(v.getAsDouble(), m.getKey())) {
        return Judge.simple(Verdict.WRONG, "Wrong: it looks like you " + m.getValue() + ".", m.getValue(),
            List.of("Your answer " + typed.strip() + " is what you get when you " + m.getValue() + "."));
      }
    }
    return Judge.simple(Verdict.WRONG, "Wrong: " + typed.strip() + " is not " + name + ".", null,
        List.of("Work it out again step by step, or ask for a hint."));
  }

  /** The value of a typed number or small expression of numbers, or empty when it is not one. */
  static OptionalDouble read(String typed) {
    String t = typed == null ? "" : typed.strip().replace(',', '.');
    if (t.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      Expression e = Expression.parse(t);
      if (!e.isConstant() || !Double.isFinite(e.constantValue())) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(e.constantValue());
    } catch (ExpressionException | IllegalArgumentException e) {
      return OptionalDouble.empty();
    }
  }

  static boolean close(double a, double b) {
    return Math.abs(a - b) <= Math.max(1e-3 * Math.abs(b), 1e-8);
  }

  static String format(double v) {
    return dev.descent.render.Numbers.format(v);
  }
}
