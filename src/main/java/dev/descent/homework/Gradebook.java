package dev.descent.homework;

import dev.descent.render.Visible;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A class's grades as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or
 * line breaks in double quotes) that spreadsheets and learning-management systems import: a header,
 * then one row per file found, in order of student: the student's id, the name they gave, the points of
 * each question in the set's order, the total, the status ({@code graded}; {@code older file} for the
 * earlier file of a student who handed in two, whose points do not count; {@code not graded}, with why),
 * the file and the problems found in it. Every field stays on one line, with control characters shown
 * visibly ({@code ^[}, {@code ^J}), and text that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) is prefixed with an apostrophe.
 */
public final class Gradebook {
  private static final int NOTES_LENGTH = 300;

  private Gradebook() {}

  /** The status of a graded file. */
  public static final String GRADED = "graded";
  /** The status of the older file of a student who handed in a newer one. */
  public static final String OLDER = "older file";
  /** The status of a file that could not be graded. */
  public static final String NOT_GRADED = "not graded";

  /** The column names: student, name, each question id, total, status, file, notes. */
  public static List<String> header(ClassGrading.Result result) {
    List<String> h = new ArrayList<>(List.of("student", "name"));
    result.set().problems().forEach(p -> p.questions().forEach(q -> h.add(text(p.id() + "." + q.id()))));
    h.addAll(List.of("total", "status", "file", "notes"));
    return h;
  }

  /** Writes the gradebook to {@code out}: a row for every file, graded or not. */
  public static void write(ClassGrading.Result result, Writer out) throws IOException {
    row(header(result), out);
    int questions = result.set().questions().size();
    List<List<String>> rows = new ArrayList<>();
    for (Report r : result.reports()) {
      List<String> cells = new ArrayList<>(List.of(r.student().value(), text(r.name())));
      for (QuestionResult q : r.questions()) {
        cells.add(Points.format(q.earned()));
      }
      cells.add(Points.format(r.earned()));
      cells.add(GRADED);
      cells.add(text(r.source()));
      cells.add(text(notes(r)));
      rows.add(cells);
    }
    for (ClassGrading.Skipped s : result.skipped()) {
      List<String> cells = new ArrayList<>(List.of(s.student(), ""));
      for (int i = 0; i <= questions; i++) {
        cells.add("");
      }
      cells.add(s.older() ? OLDER : NOT_GRADED);
      cells.add(text(s.file()));
      cells.add(text(cut(Visible.inline(s.reason()))));
      rows.add(cells);
    }
    // By student (files naming none last), then by file: a student's files side by side.
    rows.sort((a, b) -> a.get(0).isEmpty() != b.get(0).isEmpty() ? (a.get(0).isEmpty() ? 1 : -1)
        : a.get(0).equals(b.get(0)) ? a.get(questions + 4).compareTo(b.get(questions + 4)) : a.get(0).compareTo(b.get(0)));
    for (List<String> cells : rows) {
      row(cells, out);
    }
  }

  private static String notes(Report r) {
    List<String> parts = new ArrayList<>();
    for (Note n : r.notes()) {
      parts.add(n.toString());
    }
    return cut(String.join("; ", parts));
  }

  private static String cut(String all) {
    return all.length() > NOTES_LENGTH ? all.substring(0, NOTES_LENGTH) + "…" : all;
  }

  /** One row, written whole: a write per field made ten thousand rows cost a tenth of a second. */
  private static void row(List<String> cells, Writer out) throws IOException {
    StringBuilder line = new StringBuilder(256);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(cells.get(i)));
    }
    out.write(line.append("\r\n").toString());
  }

  /** One field, quoted when it holds a comma, a quote or a line break. */
  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /**
   * Free text made safe to show and to open in a spreadsheet: on one line with every control character
   * shown visibly, and a leading = + - @ (which would start a formula, OWASP's CSV injection) after an
   * apostrophe.
   */
  static String text(String s) {
    String shown = Visible.inline(s);
    if (!shown.isEmpty() && "=+-@\t\r".indexOf(shown.charAt(0)) >= 0) {
      return "'" + shown;
    }
    return shown;
  }
}
