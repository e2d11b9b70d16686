package dev.descent.homework;

import dev.descent.course.Feedback;
import dev.descent.render.Visible;
import java.util.ArrayList;
import java.util.List;

/** A report as lines of text for the terminal: one line per question, the notes, and the total. */
public final class ReportText {
  private ReportText() {}

  /** The lines of {@code r}. */
  public static List<String> lines(Report r) {
    List<String> out = new ArrayList<>();
    out.add(r.setTitle() + " (" + r.setId() + "), student " + r.student()
        + (r.name().isEmpty() ? "" : " (" + Visible.inline(r.name()) + ")"));
    out.add("answers: " + Visible.inline(r.source()));
    out.add("");
    int keyWidth = 0;
    int pointsWidth = 0;
    for (QuestionResult q : r.questions()) {
      keyWidth = Math.max(keyWidth, q.key().length());
      pointsWidth = Math.max(pointsWidth, score(q).length());
    }
    String indent = " ".repeat(2 + keyWidth + 2 + pointsWidth + 2);
    for (QuestionResult q : r.questions()) {
      out.add("  " + pad(q.key(), keyWidth) + "  " + pad(score(q), pointsWidth) + "  " + verdict(q));
      for (String d : q.details()) {
        out.add(indent + d);
      }
      if (q.status() == QuestionResult.Status.PARTLY || q.status() == QuestionResult.Status.WRONG) {
        for (QuestionResult.RowResult row : q.rows()) {
          String line = "Step " + row.step() + ": " + row.note();
          // The first wrong row is already among the details, with its mistake.
          if (row.verdict() != Feedback.RowVerdict.RIGHT && !q.details().contains(line)) {
            out.add(indent + line);
          }
        }
      }
    }
    if (!r.notes().isEmpty()) {
      out.add("");
      out.add("Problems in the file (fix them; everything else was graded):");
      for (Note n : r.notes()) {
        out.add("  " + n);
      }
    }
    out.add("");
    out.add("Total: " + Points.format(r.earned()) + " of " + Points.format(r.max()) + " points. " + counts(r));
    return out;
  }

  /** "12 right, 1 partly right, 3 wrong, 2 missing", leaving out the statuses no question has. */
  static String counts(Report r) {
    List<String> parts = new ArrayList<>();
    for (QuestionResult.Status s : QuestionResult.Status.values()) {
      long n = r.count(s);
      if (n > 0) {
        parts.add(n + " " + s.words());
      }
    }
    return String.join(", ", parts) + ".";
  }

  private static String verdict(QuestionResult q) {
    StringBuilder sb = new StringBuilder(q.status().words());
    if (q.line() > 0 && q.status() != QuestionResult.Status.RIGHT) {
      sb.append(" (line ").append(q.line()).append(')');
    }
    if (q.status() == QuestionResult.Status.PARTLY) {
      sb.append(": ").append(lowerFirst(q.headline().replaceFirst("^Partly right: ", "")));
    }
    if (q.mistake() != null) {
      sb.append(": ").append(q.mistake());
    }
    return sb.toString();
  }

  private static String score(QuestionResult q) {
    return Points.format(q.earned()) + "/" + Points.format(q.points());
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
