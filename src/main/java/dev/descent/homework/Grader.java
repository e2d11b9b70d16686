package dev.descent.homework;

import dev.descent.course.Feedback;
import dev.descent.course.QuestionKind;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.Suggest;
import dev.descent.session.LessonVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades an answer file against one student's variant of a set with the course's checker
 * (tolerances, named mistakes, error carried forward for tables). Every question gets a result; a
 * line that cannot be used becomes a note and the rest is still graded.
 */
public final class Grader {
  /** The most notes kept for one file; a file of a million bad lines gets a count of the rest. */
  public static final int MAX_NOTES = 50;
  /** The most line numbers listed for an answer given many times. */
  private static final int LINES_LISTED = 5;
  private Grader() {}

  /** The report on {@code file} for {@code student}'s numbers of {@code set}; {@code source} names the file. */
  public static Report grade(LessonFile set, AnswerFile file, StudentId student, String source) {
    return grade(set, file, student, source, null);
  }

  /**
   * As {@link #grade(LessonFile, AnswerFile, StudentId, String)}, sharing outcomes and judgements with the
   * set's other students ({@code judged}, or null for none): then each question's result is in compact form.
   */
  static Report grade(LessonFile set, AnswerFile file, StudentId student, String source, Judgements judged) {
    LessonVariant variant = new LessonVariant(set, student.value(), judged == null ? null : judged.outcomes());
    List<Note> notes = new ArrayList<>(file.notes());
    Map<String, List<AnswerFile.Entry>> byKey = new LinkedHashMap<>();
    for (AnswerFile.Entry e : file.entries()) {
      if (variant.questions().containsKey(e.key())) {
        List<AnswerFile.Entry> same = byKey.get(e.key());
        if (same == null) {
          same = new ArrayList<>();
          byKey.put(e.key(), same);
        }
        same.add(e);
      } else {
        notes.add(new Note(e.line(), unknown(e.key(), set, variant)));
      }
    }
    List<QuestionResult> results = new ArrayList<>();
    for (LessonVariant.Located l : variant.questions().values()) {
      results.add(question(variant, l, byKey.getOrDefault(l.key(), List.of()), notes, judged));
    }
    return new Report(source, set.id(), set.title(), student, file.name().value(), results, bounded(notes));
  }

  private static String unknown(String key, LessonFile set, LessonVariant variant) {
    String near = Suggest.closest(key, variant.questions().keySet());
    return "there is no question " + key + " in " + set.id() + (near == null ? "" : "; did you mean " + near + "?");
  }

  private static QuestionResult question(LessonVariant v, LessonVariant.Located l, List<AnswerFile.Entry> entries,
      List<Note> notes, Judgements judged) {
    String key = l.key();
    QuestionKind kind = l.question().kind();
    double points = l.question().points();
    boolean table = kind == QuestionKind.TABLE;
    List<AnswerFile.Entry> filled = new ArrayList<>();
    for (AnswerFile.Entry e : entries) {
      if (table ? written(e) : !text(e, kind).isEmpty()) {
        filled.add(e);
      }
    }
    if (filled.isEmpty()) {
      return kept(judged, QuestionResult.missing(key, kind, points, entries.isEmpty() ? 0 : entries.get(0).line()));
    }
    AnswerFile.Entry first = filled.get(0);
    if (filled.size() > 1) {
      boolean same = filled.stream().allMatch(e -> e.value().equals(first.value()) && below(e).equals(below(first)));
      String times = AnswerText.count(filled.size()) + " times (lines " + lines(filled) + ")";
      notes.add(new Note(filled.get(1).line(), key + " is answered " + times
          + (same ? "; give it once" : " with different answers; keep the one you mean")));
      if (!same) {
        return kept(judged, QuestionResult.unreadable(key, kind, points, first.line(), "It is answered " + times
            + " with different answers; only one answer can be graded."));
      }
    }
    if (table) {
      return TableAnswer.grade(v, l, first, notes, judged);
    }
    if (!first.value().isEmpty() || kind != QuestionKind.MATRIX) {
      for (AnswerFile.Line below : first.below()) {
        notes.add(new Note(below.line(), AnswerFile.notAnswer(below.text())));
      }
    }
    String typed = text(first, kind);
    return judged == null ? result(key, kind, points, first.line(), v.check(l, typed), List.of())
        : judged.judge(v, l, typed, () -> result(key, kind, points, 0, v.check(l, typed), List.of()));
  }

  /** The result, in the compact form a class keeps when the class's {@code judged} is given. */
  static QuestionResult kept(Judgements judged, QuestionResult r) {
    return judged == null ? r : judged.keep(r);
  }

  /**
   * The answer of a one-line question: what follows the id, or for a matrix with nothing there, the
   * lines under the id as its rows.
   */
  private static String text(AnswerFile.Entry e, QuestionKind kind) {
    if (e.value().isEmpty() && kind == QuestionKind.MATRIX && !e.below().isEmpty()) {
      return String.join("; ", below(e));
    }
    return e.value();
  }

  private static boolean written(AnswerFile.Entry e) {
    if (!e.value().isEmpty()) {
      return true;
    }
    for (AnswerFile.Line b : e.below()) {
      if (!AnswerLine.stepOnly(b.text())) {
        return true;
      }
    }
    return false;
  }

  private static List<String> below(AnswerFile.Entry e) {
    return e.below().stream().map(b -> b.text().strip()).toList();
  }

  /** The result of a question the checker judged, in the report's terms. */
  static QuestionResult result(String key, QuestionKind kind, double points, int line, Feedback f,
      List<QuestionResult.RowResult> rows) {
    QuestionResult.Status status = switch (f.verdict()) {
      case RIGHT -> QuestionResult.Status.RIGHT;
      case PARTLY -> QuestionResult.Status.PARTLY;
      case WRONG -> QuestionResult.Status.WRONG;
      case UNREADABLE -> QuestionResult.Status.UNREADABLE;
    };
    double earned = status == QuestionResult.Status.RIGHT ? points
        : Math.min(points, Math.max(0, f.credit() * points));
    List<String> details = f.details();
    return new QuestionResult(key, kind, points, status, earned, line, f.headline(), details, f.mistake(), rows);
  }

  private static String lines(List<AnswerFile.Entry> entries) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(entries.size(), LINES_LISTED); i++) {
      out.add(String.valueOf(entries.get(i).line()));
    }
    return String.join(", ", out) + (entries.size() > LINES_LISTED ? ", …" : "");
  }

  /** The notes in line order, at most {@link #MAX_NOTES}, with a last one counting the rest. */
  private static List<Note> bounded(List<Note> notes) {
    List<Note> sorted = new ArrayList<>(notes);
    sorted.sort(null);
    if (sorted.size() <= MAX_NOTES) {
      return sorted;
    }
    int rest = sorted.size() - MAX_NOTES;
    List<Note> out = new ArrayList<>(sorted.subList(0, MAX_NOTES));
    out.add(new Note(0, "… and " + AnswerText.count(rest) + " more " + (rest == 1 ? "problem" : "problems")
        + " after line " + sorted.get(MAX_NOTES - 1).line()));
    return out;
  }
}
