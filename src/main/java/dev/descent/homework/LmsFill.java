package dev.descent.homework;

import dev.descent.render.Visible;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills one assignment's column of a learning-management system's export with a class's totals: each
 * answer file's {@code student:} id is looked up, without regard to case, in the export's key column (the
 * e-mail address, the login or the student number), and the student's total goes into the assignment's
 * column (added when the export has none; Canvas's Points Possible row then gets the set's points). Rows
 * with no graded answer file are left as they were, and every student who could not be matched either way
 * is listed.
 */
public final class LmsFill {
  /**
   * What filling did: the assignment's column name, how many rows were filled, the export's rows with no
   * graded answer file (each described by its name and key), the graded answer files with no row, and keys
   * that more than one row holds (none of whose rows were filled).
   */
  public record Outcome(String column, boolean added, int filled, List<String> rowsWithoutFile,
      List<String> filesWithoutRow, List<String> ambiguous, List<String> notes) {
    public Outcome {
      rowsWithoutFile = List.copyOf(rowsWithoutFile);
      filesWithoutRow = List.copyOf(filesWithoutRow);
      ambiguous = List.copyOf(ambiguous);
      notes = List.copyOf(notes);
    }

    /** True when every row of the export and every graded file were matched. */
    public boolean complete() {
      return rowsWithoutFile.isEmpty() && filesWithoutRow.isEmpty() && ambiguous.isEmpty();
    }
  }

  private LmsFill() {}

  /** Fills {@code export}'s column {@code column} with the totals of {@code result}, matched on {@code match}. */
  public static Outcome fill(LmsExport export, ClassGrading.Result result, String column, LmsExport.Match match) {
    int key = export.keyColumn(match);
    int target = export.assignmentColumn(column);
    boolean added = target < 0;
    if (added) {
      target = export.addColumn(column);
    }
    String max = result.reports().isEmpty() ? Points.format(result.set().questions().stream()
        .mapToDouble(q -> q.points()).sum()) : Points.format(result.reports().get(0).max());
    Map<String, Report> byStudent = new LinkedHashMap<>();
    for (Report r : result.reports()) {
      byStudent.put(r.student().value(), r);
    }
    Map<String, Integer> keyCount = new HashMap<>();
    for (List<String> row : export.rows()) {
      if (!export.infoRow(row)) {
        keyCount.merge(LmsExport.normal(LmsExport.cell(row, key)), 1, Integer::sum);
      }
    }
    List<String> notes = new ArrayList<>();
    List<String> rowsWithoutFile = new ArrayList<>();
    List<String> ambiguous = new ArrayList<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    int filled = 0;
    for (int i = 0; i < export.rows().size(); i++) {
      List<String> row = export.rows().get(i);
      if (export.pointsPossibleRow(row)) {
        String possible = LmsExport.cell(row, target).strip();
        if (possible.isEmpty()) {
          LmsExport.set(row, target, max);
        } else if (!possible.equals(max)) {
          notes.add("the export says the assignment is worth " + Visible.inline(possible) + " points, the set "
              + max + "; the totals are the set's points");
        }
        continue;
      }
      if (export.infoRow(row) || row.stream().allMatch(String::isBlank)) {
        continue;
      }
      String id = LmsExport.normal(LmsExport.cell(row, key));
      String who = describe(export, row, key, i);
      if (id.isEmpty()) {
        rowsWithoutFile.add(who + ": no " + Visible.inline(export.header().get(key)) + " in the export");
        continue;
      }
      if (keyCount.get(id) > 1) {
        if (used.add(id)) {
          ambiguous.add(Visible.inline(id) + " is on " + keyCount.get(id) + " rows of the export");
        }
        continue;
      }
      Report r = byStudent.get(id);
      if (r == null) {
        rowsWithoutFile.add(who);
        continue;
      }
      used.add(id);
      LmsExport.set(row, target, Points.format(r.earned()));
      filled++;
    }
    List<String> filesWithoutRow = new ArrayList<>();
    for (Report r : result.reports()) {
      if (!used.contains(r.student().value())) {
        filesWithoutRow.add(Visible.inline(r.source()) + " (student " + r.student() + ")");
      }
    }
    return new Outcome(export.header().get(target), added, filled, rowsWithoutFile, filesWithoutRow, ambiguous,
        notes);
  }

  /** A row in words: its first cells that hold a name, and its key, or its number. */
  private static String describe(LmsExport export, List<String> row, int key, int index) {
    List<String> name = new ArrayList<>();
    for (int c = 0; c < Math.min(2, row.size()); c++) {
      String h = LmsExport.normal(export.header().get(c));
      if (c != key && (h.equals("student") || h.contains("name"))) {
        name.add(row.get(c).strip());
      }
    }
    String k = LmsExport.cell(row, key).strip();
    String shown = String.join(" ", name).strip();
    return "row " + (index + 2) + (shown.isEmpty() ? "" : " " + Visible.inline(shown))
        + (k.isEmpty() ? "" : " (" + Visible.inline(k) + ")");
  }
}
