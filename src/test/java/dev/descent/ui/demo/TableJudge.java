package dev.descent.ui.demo;

import dev.descent.course.Feedback;
import dev.descent.course.Feedback.RowMark;
import dev.descent.course.Feedback.RowVerdict;
import dev.descent.course.Feedback.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Steps of gradient descent on L(w) = (w - 1)^2, columns w and L, graded row by row with error
 * carried forward: a row that is wrong but right given the learner's previous row is "carried".
 */
record TableJudge(double start, double eta, int rows) implements Judge {

  /** w after one step from {@code w}. */
  double step(double w) {
    return w - eta * 2 * (w - 1);
  }

  static double loss(double w) {
    return (w - 1) * (w - 1);
  }

  @Override
  public Feedback judge(List<List<String>> cells) {
    List<RowMark> marks = new ArrayList<>();
    double truth = start;
    Double previous = start;
    int good = 0;
    int carried = 0;
    boolean anyRead = false;
    for (int k = 1; k <= rows; k++) {
      truth = step(truth);
      List<String> row = k - 1 < cells.size() ? cells.get(k - 1) : List.of();
      OptionalDouble w = cell(row, 0);
      OptionalDouble l = cell(row, 1);
      if (w.isEmpty() || l.isEmpty()) {
        marks.add(new RowMark(k, RowVerdict.MISSING, "fill in both w and L"));
        previous = null;
        continue;
      }
      anyRead = true;
      if (matches(w, l, truth)) {
        marks.add(new RowMark(k, RowVerdict.RIGHT, ""));
        good++;
      } else if (previous != null && k > 1 && matches(w, l, step(previous))) {
        marks.add(new RowMark(k, RowVerdict.CARRIED, "right from your step " + (k - 1) + ", which was off"));
        carried++;
      } else if (previous != null && NumberJudge.close(w.getAsDouble(), previous + eta * 2 * (previous - 1))) {
        marks.add(new RowMark(k, RowVerdict.WRONG, "it looks like you added the gradient instead of subtracting it"));
      } else {
        marks.add(new RowMark(k, RowVerdict.WRONG, "w should be w - eta * 2(w - 1) from the row above"));
      }
      previous = w.getAsDouble();
    }
    if (!anyRead) {
      return new Feedback(Verdict.UNREADABLE, "Could not read any row.", List.of("Type a number in every cell."),
          null, 0, marks);
    }
    Verdict v = good == rows ? Verdict.RIGHT : good + carried > 0 ? Verdict.PARTLY : Verdict.WRONG;
    String headline = v == Verdict.RIGHT ? "Right: every row." : good + " of " + rows + " rows right"
        + (carried > 0 ? ", " + carried + " right from your own row above." : ".");
    return new Feedback(v, headline, List.of(), null, (good + carried) / (double) rows, marks);
  }

  private static boolean matches(OptionalDouble w, OptionalDouble l, double trueW) {
    return NumberJudge.close(w.getAsDouble(), trueW) && NumberJudge.close(l.getAsDouble(), loss(trueW));
  }

  private static OptionalDouble cell(List<String> row, int i) {
    return i < row.size() ? NumberJudge.read(row.get(i)) : OptionalDouble.empty();
  }
}
