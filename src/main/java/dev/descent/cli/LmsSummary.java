package dev.descent.cli;

import dev.descent.homework.LmsExport;
import dev.descent.homework.LmsFill;
import dev.descent.render.Visible;
import java.io.PrintWriter;
import java.util.List;

/** What {@code grade --into} says after filling an export: what was filled, and every student it could not match. */
final class LmsSummary {
  private LmsSummary() {}

  static void print(LmsFill.Outcome f, LmsExport.Match match, String csv, PrintWriter out) {
    out.println();
    out.println("The export's column \"" + Visible.inline(f.column()) + "\"" + (f.added() ? " (added)" : "")
        + " was filled for " + f.filled() + " student" + (f.filled() == 1 ? "" : "s") + ", matched on --match "
        + match.word() + ("-".equals(csv) ? "" : "; the filled export is " + Visible.inline(csv)) + ".");
    for (String n : f.notes()) {
      out.println("Note: " + n + ".");
    }
    list("Students of the export with no graded answer file (their cells are left as they were):",
        f.rowsWithoutFile(), out);
    list("Graded answer files whose student is not in the export (check their student: line against the export):",
        f.filesWithoutRow(), out);
    list("Keys on more than one row of the export (those rows are left as they were):", f.ambiguous(), out);
  }

  private static void list(String title, List<String> items, PrintWriter out) {
    if (items.isEmpty()) {
      return;
    }
    out.println();
    out.println(title);
    for (String item : items) {
      out.println("  " + item);
    }
  }
}
