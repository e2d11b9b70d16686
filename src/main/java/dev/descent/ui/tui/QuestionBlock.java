package dev.descent.ui.tui;

import dev.descent.course.Feedback;
import dev.descent.course.Question;
import dev.descent.render.Cells;
import dev.descent.ui.Text;
import dev.descent.ui.Verdicts;
import dev.descent.ui.Wrap;
import java.util.ArrayList;
import java.util.List;

/** Lays a question out as lines: prompt, options, answer field or grid, reply, hints and solution. */
final class QuestionBlock {
  static final int INDENT = 2;

  private final QuestionState s;
  private final int width;
  private final List<Line> lines = new ArrayList<>();
  private int cursorLine = -1;
  private int cursorColumn = -1;
  private int fieldLine;

  private QuestionBlock(QuestionState s, int width) {
    this.s = s;
    this.width = Math.max(width, 20);
  }

  /** The lines of a question, with the cursor's place when the learner is typing in it. */
  record Rendered(List<Line> lines, int fieldLine, int cursorLine, int cursorColumn) {}

  /** The lines of question {@code s}; the marked question shows the cursor, since typing goes to it. */
  static Rendered render(QuestionState s, String label, boolean marked, int width) {
    QuestionBlock b = new QuestionBlock(s, width);
    b.header(label, marked);
    if (s.isTable()) {
      b.fieldLine = b.lines.size();
      new GridLines(s, b.width).render(marked, b::add, b::cursorAt);
    } else {
      b.field(marked);
    }
    b.reply();
    b.help();
    return new Rendered(b.lines, b.fieldLine, b.cursorLine, b.cursorColumn);
  }

  private void add(Line l) {
    lines.add(l);
  }

  private void cursorAt(int column) {
    cursorLine = lines.size() - 1;
    cursorColumn = column;
  }

  private void header(String label, boolean selected) {
    Line title = Line.of(selected ? "▸ " : "  ", Role.KEY).plus(label, Role.TITLE);
    Feedback now = s.standing();
    if (s.rightNow()) {
      title = title.plus("  " + Verdicts.symbol(Feedback.Verdict.RIGHT) + " answered right", Role.RIGHT);
    } else if (s.rightBefore() && now != null) {
      // Credit once earned stays (the lesson list counts it), but the screen says what is true now.
      title = title.plus("  " + Verdicts.symbol(now.verdict()) + " " + Verdicts.word(now.verdict()).toLowerCase(
          java.util.Locale.ROOT) + " now", Role.of(now.verdict())).plus(" · " + Verdicts.symbol(Feedback.Verdict.RIGHT)
          + " right before", Role.DIM);
    }
    add(title);
    wrapped(Text.clean(s.question.prompt()), INDENT, Role.NORMAL);
    for (Question.Choice c : s.question.choices()) {
      wrapped(c.id() + ") " + Text.clean(c.text()), INDENT + 2, Role.NORMAL);
    }
    String hint = s.question.inputHint();
    String precision = s.question.precision().isBlank() ? "" : " " + Text.clean(s.question.precision());
    if (hint != null && !hint.isBlank()) {
      wrapped("Type " + Text.clean(hint) + (s.question.multiple() ? ", several separated by commas" : "") + "."
          + precision, INDENT, Role.DIM);
    } else if (!precision.isEmpty()) {
      wrapped(precision.strip(), INDENT, Role.DIM);
    }
  }

  private void field(boolean marked) {
    String label = " ".repeat(INDENT) + "Answer: ";
    int box = Math.max(8, Math.min(40, width - label.length() - 2));
    fieldLine = lines.size();
    AnswerField.Window w = s.field.window(box, marked);
    Role role = marked && s.field.selected() ? Role.FIELD_SELECTED : marked ? Role.FIELD_FOCUS : Role.FIELD;
    Line line = Line.of(label).plus("[", Role.NORMAL).plus(w.text(), role);
    line = line.plus(pad("", box - Cells.width(w.text())), marked ? Role.FIELD_FOCUS : Role.FIELD).plus("]", Role.NORMAL);
    add(line);
    if (marked) {
      cursorAt(label.length() + 1 + w.cursor());
    }
    if (marked && s.field.selected()) {
      wrapped("Typing replaces this answer; ← or → keeps it to change it.", INDENT + 2, Role.DIM);
    }
  }

  private void reply() {
    Feedback f = s.feedback;
    if (f == null) {
      return;
    }
    Role role = Role.of(f.verdict());
    List<String> head = Wrap.lines(Verdicts.symbol(f.verdict()) + " " + Text.clean(Verdicts.sentence(f)),
        width - INDENT);
    for (String h : head) {
      add(Line.of(" ".repeat(INDENT), Role.NORMAL).plus(h, role));
    }
    for (String d : f.details()) {
      wrapped(Text.clean(d), INDENT + 2, Role.NORMAL);
    }
  }

  private void help() {
    for (int i = 0; i < s.hints.size(); i++) {
      wrapped("Hint " + (i + 1) + " of " + s.question.hints() + ": " + Text.clean(s.hints.get(i)), INDENT,
          Role.MESSAGE);
    }
    if (s.solution != null) {
      add(Line.of(" ".repeat(INDENT) + "Worked solution:", Role.TITLE));
      for (String l : s.solution) {
        add(Line.of(" ".repeat(INDENT + 2) + Text.clean(l)));
      }
    }
  }

  private void wrapped(String text, int indent, Role role) {
    for (String l : Wrap.indented(text, indent, width)) {
      add(Line.of(l, role));
    }
  }

  static String pad(String s, int width) {
    return Cells.padRight(s, width);
  }
}
