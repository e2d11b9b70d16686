package dev.descent.homework;

import dev.descent.check.Value;
import dev.descent.check.TableModel;
import dev.descent.check.input.AnswerFormatException;
import dev.descent.check.input.AnswerReader;
import dev.descent.course.Feedback;
import dev.descent.course.Question;
import dev.descent.engine.DescentException;
import dev.descent.session.LessonVariant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table answer of an answer file: its rows, written one step a line under the question, placed by
 * their step numbers (a row without one is the next step), read, and graded with error carried forward.
 * A row that cannot be placed or read is a note and counts as not filled in; the other rows are graded.
 */
final class TableAnswer {
  private TableAnswer() {}

  /** A table's columns, the steps of its rows and the step of the given row above them. */
  private record Shape(List<String> columns, List<Integer> steps, int givenStep) {}

  /** The result of the table {@code l} answered by {@code entry}; notes on its rows go to {@code notes}. */
  static QuestionResult grade(LessonVariant v, LessonVariant.Located l, AnswerFile.Entry entry, List<Note> notes,
      Judgements judged) {
    Shape shape = shape(v, l);
    List<Integer> steps = shape.steps();
    int width = shape.columns().size();
    Double[][] rows = new Double[steps.size()][];
    int[] rowLines = new int[steps.size()];
    String[] unread = new String[steps.size()];
    List<AnswerFile.Line> written = new ArrayList<>();
    if (!entry.value().isEmpty()) {
      written.add(new AnswerFile.Line(entry.line(), entry.value()));
    }
    written.addAll(entry.below());
    int next = 0;
    for (AnswerFile.Line line : written) {
      int index = place(l.key(), shape, line, next, notes);
      if (index < 0) {
        continue;
      }
      next = index + 1;
      if (rowLines[index] != 0) {
        notes.add(new Note(line.line(), "step " + steps.get(index) + " of " + l.key() + " is filled in twice (lines "
            + rowLines[index] + " and " + line.line() + "); the first counts"));
        continue;
      }
      rowLines[index] = line.line();
      RowRead read = judged == null ? RowRead.of(line.text(), width) : judged.row(line.text(), width);
      rows[index] = read.values();
      if (read.error() != null) {
        unread[index] = read.error();
        notes.add(new Note(line.line(), "step " + steps.get(index) + " of " + l.key() + " ("
            + String.join(", ", shape.columns()) + "): " + read.error()));
      }
    }
    if (judged == null) {
      return judged(v, l, steps, entry.line(), rows, rowLines, unread);
    }
    // A class keeps no row marks or lines: the compact result depends only on the numbers read and on
    // whether some row could not be read.
    boolean anyUnread = Arrays.stream(unread).anyMatch(Objects::nonNull);
    return judged.judge(v, l, new Object[] {rows, anyUnread}, () -> judged(v, l, steps, 0, rows, rowLines, unread));
  }

  /**
   * The result of the rows read into {@code rows}, one for each of {@code steps} (written on
   * {@code rowLines}; {@code unread}: why not).
   */
  private static QuestionResult judged(LessonVariant v, LessonVariant.Located l, List<Integer> steps, int line,
      Double[][] rows, int[] rowLines, String[] unread) {
    Feedback f = v.checkTable(l, rows);
    List<QuestionResult.RowResult> marks = new ArrayList<>();
    boolean anyRead = false;
    for (Feedback.RowMark m : f.rows()) {
      int index = steps.indexOf(m.step());
      boolean failed = index >= 0 && unread[index] != null;
      anyRead |= m.verdict() != Feedback.RowVerdict.MISSING;
      marks.add(new QuestionResult.RowResult(m.step(), index < 0 ? 0 : rowLines[index], m.verdict(),
          failed ? "could not be read: " + unread[index] : m.note()));
    }
    var q = l.question();
    if (!anyRead && f.counts()) {
      return Arrays.stream(unread).anyMatch(Objects::nonNull)
          ? QuestionResult.unreadable(l.key(), q.kind(), q.points(), line, "None of its rows could be read.")
          : QuestionResult.missing(l.key(), q.kind(), q.points(), line);
    }
    return Grader.result(l.key(), q.kind(), q.points(), line, f, marks);
  }

  /**
   * A row as read: its numbers (a cell left empty is null), or why it could not be read (then
   * {@code values} is null). The same row text is read once for a whole class ({@link Judgements#row}),
   * so the array is shared and never changed.
   */
  record RowRead(Double[] values, String error) {
    static RowRead of(String text, int width) {
      try {
        return new RowRead(AnswerReader.row(text, width).values().toArray(Double[]::new), null);
      } catch (AnswerFormatException e) {
        return new RowRead(null, e.getMessage());
      }
    }
  }

  /**
   * The step a row's label names — {@code 3:}, {@code step 3:} or {@code Step 3 :}, with spaces before —
   * or -1 when the row has no label. Read by hand rather than by a regular expression: grading a class
   * reads ninety thousand rows.
   */
  static int label(String text) {
    int i = skipSpace(text, 0);
    if (step(text, i)) {
      i = skipSpace(text, i + 4);
    }
    int digits = i;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == digits || i - digits > 9) {
      return -1;
    }
    int step = Integer.parseInt(text, digits, i, 10);
    i = skipSpace(text, i);
    return i < text.length() && text.charAt(i) == ':' ? step : -1;
  }

  /** True when {@code text} has the word step at {@code i}, in ASCII letters of either case (as rows are read). */
  private static boolean step(String text, int i) {
    if (i + 4 > text.length()) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      char c = text.charAt(i + k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != "step".charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The index of the first character at or after {@code i} that is not a space, tab or other ASCII blank, nor
   * a character the row reader reads as a space (a no-break space, say), so that a label is what it reads.
   */
  private static int skipSpace(String text, int i) {
    while (i < text.length() && (" \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0
        || text.charAt(i) >= 0x80 && AnswerReader.readAsSpace(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** The index of the row {@code line} fills, or -1 (with a note) when it fills none. */
  private static int place(String key, Shape shape, AnswerFile.Line line, int next, List<Note> notes) {
    List<Integer> steps = shape.steps();
    int step = label(line.text());
    if (step < 0) {
      if (next < steps.size()) {
        return next;
      }
      notes.add(new Note(line.line(), key + " has " + steps.size() + " rows (steps " + range(steps)
          + "); this one is one too many"));
      return -1;
    }
    int index = steps.indexOf(step);
    if (index < 0) {
      notes.add(new Note(line.line(), step == shape.givenStep()
          ? "step " + step + " of " + key + " is the given start; fill in steps " + range(steps)
          : key + " has no step " + step + "; its rows are steps " + range(steps)));
    }
    return index;
  }

  private static Shape shape(LessonVariant v, LessonVariant.Located l) {
    try {
      TableModel m = ((Value.Table) v.outcome(l).answer()).model();
      return new Shape(m.columns(), m.steps(), m.givenStep());
    } catch (DescentException e) {
      Question.TableLayout t = v.view(l).table();
      return new Shape(t.columns(), t.steps(), t.givenStep());
    }
  }

  private static String range(List<Integer> steps) {
    return steps.get(0) + " to " + steps.get(steps.size() - 1);
  }
}
