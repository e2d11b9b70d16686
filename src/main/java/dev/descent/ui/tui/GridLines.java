package dev.descent.ui.tui;

import dev.descent.course.Feedback;
import dev.descent.course.Question.TableLayout;
import dev.descent.render.Cells;
import dev.descent.ui.Text;
import dev.descent.ui.Verdicts;
import dev.descent.ui.Wrap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** Draws a table question: headers, the given start row, a row of cells per step, and each row's mark. */
final class GridLines {
  private final QuestionState s;
  private final TableLayout t;
  private final int width;
  private final int stepWidth;
  private final int cellWidth;

  GridLines(QuestionState s, int width) {
    this.s = s;
    this.t = s.question.table();
    this.width = width;
    int steps = Math.max(4, String.valueOf(t.steps().isEmpty() ? 0 : t.steps().get(t.steps().size() - 1)).length());
    this.stepWidth = steps + 1;
    int columns = Math.max(1, t.columns().size());
    int free = width - QuestionBlock.INDENT - stepWidth - 16;
    this.cellWidth = Math.max(6, Math.min(14, free / columns - 4));
  }

  /** Adds the grid's lines; reports the cursor's column on the current cell's line when editing. */
  void render(boolean editing, Consumer<Line> add, IntConsumer cursor) {
    String indent = " ".repeat(QuestionBlock.INDENT);
    StringBuilder header = new StringBuilder(indent).append(QuestionBlock.pad("step", stepWidth));
    StringBuilder given = new StringBuilder(indent).append(QuestionBlock.pad(String.valueOf(t.givenStep()), stepWidth));
    for (int c = 0; c < t.columns().size(); c++) {
      header.append("  ").append(QuestionBlock.pad(Text.fit(t.columns().get(c), cellWidth), cellWidth)).append(' ');
      String v = c < t.given().size() ? t.given().get(c) : "";
      given.append("  ").append(QuestionBlock.pad(Text.fit(v, cellWidth), cellWidth)).append(' ');
    }
    add.accept(Line.of(header.toString(), Role.TITLE));
    add.accept(Line.of(given.toString(), Role.DIM).plus(" given", Role.DIM));
    Map<Integer, Feedback.RowMark> marks = new HashMap<>();
    if (s.feedback != null) {
      for (Feedback.RowMark m : s.feedback.rows()) {
        marks.put(m.step(), m);
      }
    }
    for (int r = 0; r < s.grid.rows(); r++) {
      int step = t.steps().get(r);
      Line line = Line.of(indent + QuestionBlock.pad(String.valueOf(step), stepWidth), Role.NORMAL);
      int cursorColumn = -1;
      for (int c = 0; c < s.grid.columns(); c++) {
        boolean here = editing && r == s.grid.row() && c == s.grid.column();
        AnswerField.Window w = s.grid.cell(r, c).window(cellWidth, here);
        if (here) {
          cursorColumn = line.length() + 2 + w.cursor();
        }
        Role role = here && s.grid.cell(r, c).selected() ? Role.FIELD_SELECTED : here ? Role.FIELD_FOCUS : Role.FIELD;
        line = line.plus(" [", Role.NORMAL).plus(QuestionBlock.pad(w.text(), cellWidth), role).plus("]", Role.NORMAL);
      }
      Feedback.RowMark m = marks.get(step);
      List<String> mark = m == null ? List.of() : markLines(m, line.length() + 2);
      if (!mark.isEmpty()) {
        line = line.plus("  " + mark.get(0), Role.of(m.verdict()));
      }
      add.accept(line);
      if (cursorColumn >= 0) {
        cursor.accept(cursorColumn);
      }
      for (int i = 1; i < mark.size(); i++) {
        add.accept(Line.of(mark.get(i), Role.of(m.verdict())));
      }
    }
  }

  /**
   * A row's mark as one sentence: on the row's own line from {@code column} on, wrapped below it when it
   * is longer (indented under the mark, or under the cells when the window is narrow).
   */
  private List<String> markLines(Feedback.RowMark m, int column) {
    String sentence = Verdicts.symbol(m.verdict()) + " " + Text.clean(Verdicts.row(m));
    if (Cells.width(sentence) <= width - column) {
      return List.of(sentence);
    }
    int under = width - column >= 24 ? column : QuestionBlock.INDENT + stepWidth + 1;
    List<String> out = new ArrayList<>();
    List<String> wrapped = Wrap.lines(sentence, Math.max(12, width - under));
    for (int i = 0; i < wrapped.size(); i++) {
      out.add(i == 0 && under == column ? wrapped.get(0) : " ".repeat(under) + wrapped.get(i));
    }
    if (under != column) {
      out.add(0, "");
    }
    return out;
  }
}
