package dev.descent.check;

import dev.descent.check.input.AnswerFormatException;
import dev.descent.check.input.AnswerReader;
import dev.descent.course.Feedback;
import dev.descent.course.Feedback.RowMark;
import dev.descent.course.Feedback.RowVerdict;
import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades a trajectory table row by row with error carried forward: a row is right when it matches
 * the true run, carried when it is right given the learner's own row above (method credit), wrong
 * otherwise. Carried credit needs the first row to be right, so a table of zeros earns nothing.
 */
public final class TableGrader {
  /** The most cells read per row, beyond which a row is refused. */
  static final int MAX_CELLS = 50;

  private TableGrader() {}

  /** The verdict on a filled table: one list of cell texts per row, in the model's order. */
  public static Feedback grade(TableModel model, List<List<String>> cells, Tolerance tol) {
    int n = model.steps().size();
    int width = model.columns().size();
    if (cells.size() > n) {
      return Checker.unreadable("The table has " + n + " rows to fill (steps " + model.steps().get(0) + " to "
          + model.steps().get(n - 1) + "), but " + cells.size() + " were given.");
    }
    Double[][] typed = new Double[n][];
    for (int i = 0; i < n; i++) {
      List<String> row = i < cells.size() ? cells.get(i) : List.of();
      if (row.size() > width) {
        return Checker.unreadable("Row " + model.steps().get(i) + " has " + row.size() + " cells; the table has "
            + width + " columns (" + String.join(", ", model.columns()) + ").");
      }
      typed[i] = new Double[width];
      for (int c = 0; c < row.size(); c++) {
        String text = row.get(c);
        if (text == null || text.isBlank() || text.strip().equals("-") || text.strip().equals("?")) {
          continue;
        }
        try {
          typed[i][c] = AnswerReader.number(text);
        } catch (AnswerFormatException e) {
          return Checker.unreadable("Row " + model.steps().get(i) + ", column " + model.columns().get(c) + ": "
              + e.getMessage());
        }
      }
    }
    return grade(model, typed, tol);
  }

  /** The verdict on rows of numbers (null cells are empty). */
  public static Feedback grade(TableModel model, Double[][] typed, Tolerance tol) {
    int n = model.steps().size();
    List<RowMark> marks = new ArrayList<>();
    List<String> details = new ArrayList<>();
    boolean anchored = false;
    String mistakeId = null;
    int right = 0;
    int carried = 0;
    for (int i = 0; i < n; i++) {
      int step = model.steps().get(i);
      Double[] row = typed[i];
      if (empty(row)) {
        marks.add(new RowMark(step, RowVerdict.MISSING, "not filled in", ""));
        continue;
      }
      double[] truth = model.truth(i);
      if (complete(row) && all(row, truth, tol)) {
        marks.add(new RowMark(step, RowVerdict.RIGHT, "", ""));
        right++;
        if (i == 0) {
          anchored = true;
        }
        continue;
      }
      Double[] previous = i == 0 ? null : typed[i - 1];
      double[] expected = i > 0 && anchored && !empty(previous) ? model.expectedFrom(i, previous, row) : null;
      if (expected != null && complete(row) && all(row, expected, tol)) {
        marks.add(new RowMark(step, RowVerdict.CARRIED, "right given your row above", ""));
        carried++;
        continue;
      }
      boolean fromOwnRow = expected != null;
      double[] want = fromOwnRow ? expected : truth;
      String note = whatIsWrong(model, row, want, fromOwnRow, tol);
      Mistake m = matchingMistake(model, i, previous, row, truth, tol);
      if (m != null) {
        mistakeId = mistakeId == null ? m.id() : mistakeId;
        note = note + " " + m.message();
      }
      marks.add(new RowMark(step, RowVerdict.WRONG, note, whatItShouldBe(model, row, want, fromOwnRow, tol)));
    }
    if (!anchored && carried == 0 && right < n && n > 1 && !empty(typed[0])) {
      details.add("Later rows earn credit for a right method only when the first row is right.");
    }
    double credit = (right + carried) / (double) n;
    if (right == n) {
      return new Feedback(Feedback.Verdict.RIGHT, "Right: every row.", List.of(), null, 1, marks);
    }
    String headline;
    Feedback.Verdict verdict;
    if (right + carried > 0) {
      verdict = Feedback.Verdict.PARTLY;
      headline = "Partly right: " + right + " of " + n + " rows right" + (carried > 0 ? ", " + carried
          + " more right given your own row above" : "") + ".";
    } else {
      verdict = Feedback.Verdict.WRONG;
      headline = "Not right: no row is right yet.";
    }
    return new Feedback(verdict, headline, details, mistakeId, credit, marks);
  }

  /**
   * Which cells of a wrong row are wrong and, where it can be told, why (the sign, the decimal point, too
   * few digits), without the values they should hold: a learner who could read those off would not need
   * to compute them.
   */
  private static String whatIsWrong(TableModel model, Double[] row, double[] want, boolean fromOwnRow,
      Tolerance tol) {
    List<String> parts = new ArrayList<>();
    for (int c = 0; c < row.length; c++) {
      String col = model.columns().get(c);
      if (row[c] == null) {
        parts.add(col + " is missing");
      } else if (!tol.accepts(row[c], want[c])) {
        String why = NumberDiagnosis.explain(row[c], want[c], tol).map(TableGrader::clause).orElse(null);
        parts.add(why != null ? col + ": " + why
            : col + (fromOwnRow ? " does not follow from your row above" : " is not right"));
      }
    }
    return String.join("; ", parts) + ".";
  }

  /** The values a wrong row's refused cells should hold, as in "w should be 1.9488 from your row above, not 1.9." */
  private static String whatItShouldBe(TableModel model, Double[] row, double[] want, boolean fromOwnRow,
      Tolerance tol) {
    List<String> parts = new ArrayList<>();
    for (int c = 0; c < row.length; c++) {
      if (row[c] == null || !tol.accepts(row[c], want[c])) {
        parts.add(model.columns().get(c) + " should be " + Numbers.format(want[c])
            + (fromOwnRow ? " from your row above" : "") + (row[c] == null ? "" : ", not " + Numbers.format(row[c])));
      }
    }
    return String.join("; ", parts) + ".";
  }

  /** A sentence made a clause: first letter small, no full stop at the end. */
  private static String clause(String sentence) {
    String s = sentence.strip();
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static Mistake matchingMistake(TableModel model, int i, Double[] previous, Double[] row, double[] truth,
      Tolerance tol) {
    for (Mistake m : model.mistakesFrom(i, previous)) {
      double[] wrong = ((Value.Vector) m.value()).values();
      if (all(wrong, truth, tol)) {
        continue;
      }
      boolean matches = true;
      boolean any = false;
      for (int c = 0; c < row.length; c++) {
        if (row[c] != null) {
          any = true;
          matches &= tol.accepts(row[c], wrong[c]);
        }
      }
      if (any && matches) {
        return m;
      }
    }
    return null;
  }

  private static boolean all(Double[] row, double[] want, Tolerance tol) {
    for (int c = 0; c < row.length; c++) {
      if (row[c] == null || !tol.accepts(row[c], want[c])) {
        return false;
      }
    }
    return true;
  }

  private static boolean all(double[] a, double[] b, Tolerance tol) {
    for (int c = 0; c < a.length; c++) {
      if (!tol.accepts(a[c], b[c])) {
        return false;
      }
    }
    return true;
  }

  private static boolean empty(Double[] row) {
    if (row == null) {
      return true;
    }
    for (Double d : row) {
      if (d != null) {
        return false;
      }
    }
    return true;
  }

  private static boolean complete(Double[] row) {
    for (Double d : row) {
      if (d == null) {
        return false;
      }
    }
    return true;
  }
}
