package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.descent.course.Course;
import dev.descent.course.LessonInfo;
import dev.descent.course.LessonStatus;
import dev.descent.render.Cells;
import dev.descent.ui.LessonChoice;
import dev.descent.ui.NewWarnings;
import dev.descent.ui.Standing;
import dev.descent.ui.Text;
import dev.descent.ui.Wrap;
import java.util.ArrayList;
import java.util.List;

/** The list of lessons with the learner's standing in each; Enter opens the selected one. */
final class ListView implements View {
  private final List<LessonInfo> lessons;
  private final List<String> standings = new ArrayList<>();
  private final List<String> warnings;
  /** The problems mastered in practice, per lesson. */
  private final List<List<String>> mastered = new java.util.ArrayList<>();
  private int selected;
  private int top;
  private Line message;
  /** Where a learner who has been here before goes on, said while that lesson is selected; null for a new one. */
  private final String resume;
  private final int resumeAt;
  /** The digits of a lesson's number typed so far. */
  private String number = "";

  ListView(Course course, String learner, NewWarnings news) {
    this.lessons = course.lessons();
    for (LessonInfo l : lessons) {
      LessonStatus status = course.status(l.id(), learner);
      standings.add(Standing.describe(status));
      mastered.add(status.mastered());
    }
    this.warnings = course.warnings();
    news.take(course);
    this.selected = lessons.isEmpty() ? 0 : LessonChoice.goOn(course, learner);
    this.resumeAt = selected;
    this.resume = lessons.isEmpty() || course.isNew(learner) ? null : "Welcome back: "
        + Standing.goOn(lessons.get(selected), course.status(lessons.get(selected).id(), learner)) + ".";
  }

  /** Shows {@code text} on the status line until the next key. */
  void say(String text) {
    message = Line.of(text, Role.MESSAGE);
  }

  @Override
  public Frame render(int width, int height) {
    List<Line> lines = new ArrayList<>();
    lines.add(Line.of("Lessons", Role.TITLE));
    lines.add(Line.EMPTY);
    int first = lines.size();
    int number = String.valueOf(lessons.size()).length();
    // the standings start in one column past the longest title, whatever the window's width, so that
    // the first frame (drawn before the width is known) and every later one agree
    int column = 0;
    for (LessonInfo l : lessons) {
      column = Math.max(column, Cells.width(Text.clean(l.title())));
    }
    column += number + 6;
    for (int i = 0; i < lessons.size(); i++) {
      boolean here = i == selected;
      String left = (here ? "▸ " : "  ") + pad(String.valueOf(i + 1), number) + ". " + Text.clean(lessons.get(i).title());
      String right = standings.get(i);
      Role role = here ? Role.SELECTED : Role.NORMAL;
      if (column + Cells.width(right) <= width) {
        lines.add(Line.of(Cells.padRight(left, column) + right, role));
      } else {
        lines.add(Line.of(Text.fit(left, width), role));
        lines.add(Line.of(" ".repeat(number + 4) + Text.fit(right, Math.max(1, width - number - 4)), role));
      }
    }
    if (lessons.isEmpty()) {
      lines.add(Line.of("There are no lessons to show.", Role.MESSAGE));
    } else {
      LessonInfo l = lessons.get(selected);
      lines.add(Line.EMPTY);
      if (l.summary() != null && !l.summary().isBlank()) {
        for (String s : Wrap.lines(l.summary(), width)) {
          lines.add(Line.of(s));
        }
      }
      lines.add(Line.of(Standing.size(l), Role.DIM));
      if (!mastered.get(selected).isEmpty()) {
        lines.add(Line.of(Text.fit("Mastered in practice: " + Text.clean(String.join(", ", mastered.get(selected))) + ".",
            width), Role.DIM));
      }
    }
    if (!warnings.isEmpty()) {
      lines.add(Line.EMPTY);
      lines.add(Line.of("Please note:", Role.WRONG));
      for (String w : warnings) {
        for (String s : Wrap.indented(w, 2, width)) {
          lines.add(Line.of(s, Role.DIM));
        }
      }
    }
    int row = first + selected;
    top = Math.max(Math.min(top, row), row - height + 1);
    top = Math.max(0, Math.min(top, lines.size() - height));
    List<Line> body = lines.subList(top, Math.min(lines.size(), top + height));
    Line status = message != null ? message : resume != null && selected == resumeAt
        ? Line.of(resume, Role.DIM) : Line.of("Choose a lesson with ↑ ↓ and press Enter to open it.", Role.DIM);
    Footer footer = new Footer("", List.of(Footer.essential("↑↓", "choose"), Footer.essential("Enter", "open"),
        Shortcut.HELP.item(true), Shortcut.QUIT.item(true), Footer.key("p", "practise"), Footer.key("r", "your report")));
    return new Frame("descent · a course in gradient descent", body, 0, status, footer, -1, -1);
  }

  @Override
  public Action handle(KeyStroke k) {
    message = null;
    if (k.getKeyType() != KeyType.Character || !Character.isDigit(k.getCharacter())) {
      number = "";
    }
    switch (k.getKeyType()) {
      case ArrowUp -> selected = Math.max(0, selected - 1);
      case ArrowDown -> selected = Math.max(0, Math.min(lessons.size() - 1, selected + 1));
      case Home -> selected = 0;
      case End -> selected = Math.max(0, lessons.size() - 1);
      case Enter, ArrowRight -> {
        return lessons.isEmpty() ? Action.NONE : Action.open(lessons.get(selected).id());
      }
      case Character -> {
        return character(k.getCharacter());
      }
      default -> { }
    }
    return Action.NONE;
  }

  private Action character(char c) {
    if (c == 'q') {
      return Action.QUIT;
    }
    if (c == '?') {
      return Action.HELP;
    }
    if (c == 'r') {
      return Action.REPORT;
    }
    if (c == 'p' && !lessons.isEmpty()) {
      return Action.practice(lessons.get(selected).id());
    }
    if (c == 'k') {
      selected = Math.max(0, selected - 1);
    } else if (c == 'j') {
      selected = Math.max(0, Math.min(lessons.size() - 1, selected + 1));
    } else if (c >= '0' && c <= '9') {
      number(c);
    } else {
      message = Line.of("Choose with ↑ ↓, open with Enter; ^G shows every key.", Role.MESSAGE);
    }
    return Action.NONE;
  }

  /**
   * Selects the lesson whose number is being typed: the digits typed one after the other while they still
   * make a lesson's number ("1" then "0" is lesson 10), else this digit alone.
   */
  private void number(char digit) {
    for (String typed : new String[] {number + digit, String.valueOf(digit)}) {
      int n = typed.length() > 4 ? 0 : Integer.parseInt(typed);
      if (n >= 1 && n <= lessons.size()) {
        selected = n - 1;
        number = typed;
        return;
      }
    }
    number = "";
    message = Line.of("There is no lesson " + digit + "; the lessons are 1 to " + lessons.size() + ".", Role.MESSAGE);
  }

  private static String pad(String s, int width) {
    return Cells.padLeft(s, width);
  }
}
