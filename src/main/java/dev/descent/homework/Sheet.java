package dev.descent.homework;

import dev.descent.course.Block;
import dev.descent.course.Page;
import dev.descent.course.Question;
import dev.descent.course.QuestionKind;
import dev.descent.lesson.LessonFile;
import dev.descent.render.Paragraph;
import dev.descent.session.LessonVariant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A student's homework sheet as plain text: the set's pages with the student's numbers, each question
 * with its id and points, and how to write each kind of answer in the answer file.
 */
public final class Sheet {
  /** The width paragraphs are wrapped to. */
  public static final int WIDTH = 76;

  private Sheet() {}

  /** The lines of {@code student}'s sheet of a set built into descent. */
  public static List<String> lines(LessonVariant v, StudentId student) {
    return lines(v, student, Optional.empty());
  }

  /**
   * The lines of {@code student}'s sheet; for a set that is not built into descent ({@code origin}), it says to
   * keep the set's file beside the answer file, or to name it with {@code --course}.
   */
  public static List<String> lines(LessonVariant v, StudentId student, Optional<SetOrigin> origin) {
    LessonFile set = v.file();
    List<String> out = new ArrayList<>();
    double points = v.questions().values().stream().mapToDouble(l -> l.question().points()).sum();
    out.add(set.title());
    out.add("set " + set.id() + ", student " + student + ", " + v.questions().size() + " questions, "
        + Points.format(points) + " points");
    if (set.summary() != null && !set.summary().isBlank()) {
      out.addAll(wrap(set.summary(), ""));
    }
    out.add("");
    out.addAll(wrap("Work on paper, then write your answers in the answer file: its template follows the sheet "
        + "(or save it with --answers FILE). One answer a line, after the question's id and '='; '#' starts a "
        + "comment. Check your answers whenever you like with", ""));
    out.add("    " + AnswerTemplate.checkCommand(student, set));
    if (origin.isPresent()) {
      String name = origin.get().fileName();
      out.addAll(wrap("This set is not built into descent: keep " + name + ", the set file your instructor gave you, "
          + "in the same folder as your answer file. Kept elsewhere, name it:", ""));
      out.add("    descent check --course PATH/" + name + " " + AnswerTemplate.fileName(student, set));
    }
    out.add("");
    out.add("How to write each kind of answer:");
    out.addAll(howToWrite(v));
    for (Page page : v.pages()) {
      page(page, out);
    }
    return out;
  }

  private static List<String> howToWrite(LessonVariant v) {
    Set<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
    v.questions().values().forEach(l -> kinds.add(l.question().kind()));
    List<String> out = new ArrayList<>();
    for (QuestionKind k : kinds) {
      out.add("  " + k.sheetLine());
    }
    return out;
  }

  private static void page(Page page, List<String> out) {
    out.add("");
    String title = page.title() == null ? "" : page.title();
    String id = problemId(page);
    String heading = id == null ? title : "Problem " + id + (title.isEmpty() ? "" : ": " + title);
    if (!heading.isEmpty()) {
      out.add(heading);
      out.add("-".repeat(Math.min(heading.length(), WIDTH)));
    }
    for (Block b : page.blocks()) {
      if (b instanceof Block.Paragraph p) {
        out.addAll(p.preformatted() ? List.of(p.text()) : wrap(p.text(), ""));
      } else if (b instanceof Block.Display d) {
        for (String line : d.lines(WIDTH - 2)) {
          out.add("  " + line);
        }
      } else if (b instanceof Block.Ask a) {
        question(a.question(), out);
      }
    }
  }

  /** The problem id of a page with questions: the part of its first question's id before the dot. */
  private static String problemId(Page page) {
    for (Block b : page.blocks()) {
      if (b instanceof Block.Ask a) {
        String id = a.question().id();
        return id.substring(0, id.lastIndexOf('.'));
      }
    }
    return null;
  }

  private static void question(Question q, List<String> out) {
    out.add("");
    out.add("  " + q.id() + "  (" + Points.format(q.points()) + (q.points() == 1 ? " point)" : " points)"));
    out.addAll(wrap(q.prompt(), "    "));
    for (Question.Choice c : q.choices()) {
      out.addAll(wrap(c.id() + ") " + c.text(), "      ", "         "));
    }
    if (q.kind() == QuestionKind.TABLE && q.table() != null) {
      table(q.table(), out);
    }
  }

  private static void table(Question.TableLayout t, List<String> out) {
    List<String> header = new ArrayList<>(List.of("step"));
    header.addAll(t.columns());
    List<List<String>> rows = new ArrayList<>();
    List<String> given = new ArrayList<>(List.of(String.valueOf(t.givenStep())));
    given.addAll(t.given());
    if (!t.given().isEmpty()) {
      rows.add(given);
    }
    int[] width = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      width[c] = Math.max(header.get(c).length(), 6);
      for (List<String> r : rows) {
        if (c < r.size()) {
          width[c] = Math.max(width[c], r.get(c).length());
        }
      }
    }
    out.add("      " + cells(header, width));
    if (!t.given().isEmpty()) {
      out.add("      " + cells(given, width) + "  (given)");
    }
    for (int step : t.steps()) {
      out.add("      " + cells(List.of(String.valueOf(step)), width));
    }
  }

  private static String cells(List<String> values, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < values.size(); c++) {
      String v = values.get(c);
      sb.append(c == 0 ? "" : "  ").append(" ".repeat(Math.max(0, width[c] - v.length()))).append(v);
    }
    return sb.toString().stripTrailing();
  }

  /** {@code text} wrapped to {@link #WIDTH} by descent's one wrapper, each line after {@code indent}. */
  static List<String> wrap(String text, String indent) {
    return wrap(text, indent, indent);
  }

  /** {@code text} wrapped to {@link #WIDTH}, the first line after {@code first} and the others after {@code rest}. */
  private static List<String> wrap(String text, String first, String rest) {
    List<String> lines = Paragraph.hanging(text, first.length(), rest.length(), WIDTH);
    return lines.isEmpty() ? List.of(first) : lines;
  }
}
