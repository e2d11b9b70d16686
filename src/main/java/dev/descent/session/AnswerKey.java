package dev.descent.session;

import dev.descent.check.Value;
import dev.descent.engine.DescentException;
import dev.descent.problem.Outcome;
import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * A question's right answer in words, as {@code descent key} and the preview's answer key show it: a number or
 * vector as the checker writes it, a table row by row, a choice with its text, a formula with its value at a
 * point.
 */
public final class AnswerKey {
  private AnswerKey() {}

  /** The answer of {@code l} in {@code v}, on one line but for a table's rows (each on a line of its own). */
  public static String answer(LessonVariant v, LessonVariant.Located l) {
    Outcome o;
    try {
      o = v.outcome(l);
    } catch (DescentException e) {
      return "(cannot be computed: " + e.getMessage() + ")";
    }
    if (o.answer() instanceof Value.Table t) {
      StringBuilder sb = new StringBuilder("table of " + String.join(", ", t.model().columns()));
      for (int i = 0; i < t.model().steps().size(); i++) {
        List<String> cells = new ArrayList<>();
        for (double d : t.model().truth(i)) {
          cells.add(Numbers.format(d));
        }
        sb.append(System.lineSeparator()).append("      ").append(t.model().steps().get(i)).append(": ")
            .append(String.join(", ", cells));
      }
      return sb.toString();
    }
    if (o.answer() instanceof Value.Choice c) {
      List<String> texts = new ArrayList<>();
      for (var opt : l.question().choices()) {
        if (c.ids().contains(opt.id())) {
          texts.add(opt.id() + ") " + opt.text());
        }
      }
      return String.join("; ", texts);
    }
    if (o.answer() instanceof Value.Function fn) {
      double[] at = fn.centre();
      return "an expression equal to " + fn.text() + " (at " + Numbers.assignments(fn.variables(), at) + " it is "
          + Numbers.format(fn.function().applyAsDouble(at)) + ")";
    }
    return o.answer().show();
  }
}
