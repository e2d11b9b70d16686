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
import java.util.Optional;

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

  /**
   * The command that checks {@code student}'s answer file: {@code descent check FILE}, which finds a set that
   * is not built into descent by its file (the answer file's {@code course:} line) beside the answer file.
   */
  public static String checkCommand(StudentId student, LessonFile set) {
    return "descent check " + fileName(student, set);
  }

  /** The lines of the template for {@code student}'s variant of a set built into descent. */
  public static List<String> lines(LessonVariant v, StudentId student) {
    return lines(v, student, Optional.empty());
  }

  /**
   * The lines of the template for {@code student}'s variant, with a {@code course:} line saying where a set
   * that is not built into descent came from ({@code origin}), so that {@code check} can find it.
   */
  public static List<String> lines(LessonVariant v, StudentId student, Optional<SetOrigin> origin) {
    LessonFile set = v.file();
    List<String> out = new ArrayList<>();
    out.add("# " + set.title() + " — answers of " + student);
    out.add("# Write each answer after its '='; '#' starts a comment. When you like, check with");
    out.add("#   " + checkCommand(student, set));
    origin.ifPresent(o -> out.add("# (with " + o.fileName() + ", the set file from your instructor, beside this file)"));
    out.add("set: " + set.id());
    origin.ifPresent(o -> out.add("course: " + o.line()));
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
