package dev.descent.homework;

import dev.descent.check.Value;
import dev.descent.course.Question;
import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.PageSpec;
import dev.descent.session.LessonVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer file a student fills in: the header naming the set and the student, then every question
 * id with an empty answer, grouped by problem, with a comment on how to write the answers that are
 * not single numbers and the step labels of each table.
 */
public final class AnswerTemplate {
  private AnswerTemplate() {}

  /** The file name the sheet suggests: {@code alice-sgd-homework.txt}. */
  public static String fileName(StudentId student, LessonFile set) {
    return student.value() + "-" + set.id() + ".txt";
  }

  /** The lines of the template for {@code student}'s variant. */
  public static List<String> lines(LessonVariant v, StudentId student) {
    LessonFile set = v.file();
    List<String> out = new ArrayList<>();
    out.add("# " + set.title() + " — answers of " + student);
    out.add("# Write each answer after its '='; '#' starts a comment. When you like, check with");
    out.add("#   descent check " + fileName(student, set));
    out.add("set: " + set.id());
    out.add("student: " + student);
    out.add("name:");
    for (PageSpec.ProblemPage p : set.problems()) {
      out.add("");
      out.add("# " + p.id() + (p.title() == null ? "" : ": " + p.title()));
      for (var q : p.questions()) {
        LessonVariant.Located l = new LessonVariant.Located(p, q);
        Question view = v.view(l);
        String how = how(v, l, view);
        if (!how.isEmpty()) {
          out.add("# " + l.key() + ": " + how);
        }
        out.add(l.key() + " =");
        if (view.kind() == QuestionKind.TABLE && view.table() != null) {
          for (int step : view.table().steps()) {
            out.add("  " + step + ":");
          }
        }
      }
    }
    return out;
  }

  /** A short note on how to write one answer, or "" for a single number. */
  static String how(LessonVariant v, LessonVariant.Located l, Question view) {
    return view.kind().fileNote(view, size(v, l), variables(v, l));
  }

  private static int size(LessonVariant v, LessonVariant.Located l) {
    try {
      return v.outcome(l).answer() instanceof Value.Vector vec ? vec.values().length : 0;
    } catch (DescentException e) {
      return 0;
    }
  }

  private static List<String> variables(LessonVariant v, LessonVariant.Located l) {
    try {
      return v.outcome(l).answer() instanceof Value.Function f ? f.variables() : List.of();
    } catch (DescentException e) {
      return List.of();
    }
  }
}
