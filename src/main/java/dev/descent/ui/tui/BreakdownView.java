package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.descent.course.Feedback;
import dev.descent.course.LessonSession;
import dev.descent.course.Question;
import dev.descent.render.Cells;
import dev.descent.ui.Breakdown;
import dev.descent.ui.Text;
import dev.descent.ui.Verdicts;
import dev.descent.ui.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A question broken down on the full screen: the question on top, the steps answered so far, and the
 * step asked now with its answer field; Enter checks it, Esc goes back to the question (as Enter does
 * once every step is right).
 */
final class BreakdownView implements View {
  private final Breakdown breakdown;
  private final String question;
  private final AnswerField field = new AnswerField();
  private final List<String> done = new ArrayList<>();
  private Feedback reply;
  private List<String> said = List.of();

  BreakdownView(Breakdown breakdown, Question question) {
    this.breakdown = breakdown;
    this.question = Text.clean(question.prompt());
  }

  /** The break-down key on {@code selected} (null when no question is marked): the break-down, or a word on why there is none. */
  static Action ask(LessonSession session, String selected, Consumer<String> tell) {
    if (selected == null || session.steps(selected).isEmpty()) {
      tell.accept(selected == null ? "There is no question on this page to break down." : Breakdown.oneStep());
      return Action.NONE;
    }
    return Action.breakDown(selected);
  }

  @Override
  public Frame render(int width, int height) {
    List<Line> lines = new ArrayList<>();
    for (String l : Wrap.lines(question, width)) {
      lines.add(Line.of(l, Role.DIM));
    }
    lines.add(Line.EMPTY);
    for (String l : Wrap.lines(breakdown.opening(), width)) {
      lines.add(Line.of(l, Role.TITLE));
    }
    for (String d : done) {
      for (String l : Wrap.lines(d, width)) {
        lines.add(Line.of(l, Role.RIGHT));
      }
    }
    int cursorRow = -1;
    int cursorColumn = -1;
    if (!breakdown.done()) {
      Question step = breakdown.current().question();
      lines.add(Line.EMPTY);
      for (String l : Wrap.lines(breakdown.position() + ": " + Text.clean(step.prompt()), width)) {
        lines.add(Line.of(l));
      }
      String typed = Text.fit(field.text(), Math.max(1, width - 4));
      cursorRow = lines.size();
      cursorColumn = 2 + Cells.width(Text.fit(field.text().substring(0, Math.min(field.cursor(), field.text().length())),
          Math.max(1, width - 4)));
      lines.add(Line.of("> ", Role.KEY).plus(typed, Role.FIELD_FOCUS));
    }
    if (reply != null) {
      lines.add(Line.of(Text.clean(Verdicts.sentence(reply)), role(reply)));
      for (String d : reply.details()) {
        for (String l : Wrap.lines(Text.clean(d), width)) {
          lines.add(Line.of(l));
        }
      }
    }
    for (String s : said) {
      for (String l : Wrap.lines(Text.clean(s), width)) {
        lines.add(Line.of(l, Role.MESSAGE));
      }
    }
    int top = Math.max(0, lines.size() - height);
    String status = breakdown.done() ? "Press Enter to go back to the question." : "Type this step's answer, then Enter.";
    Footer footer = new Footer("", List.of(Footer.essential("Enter", breakdown.done() ? "back" : "check"),
        Footer.key("Esc", "back to the question")));
    return new Frame("descent · break it down", lines.subList(top, lines.size()), 0, Line.of(status, Role.DIM), footer,
        cursorRow < 0 ? -1 : cursorRow - top, cursorColumn);
  }

  private static Role role(Feedback f) {
    return switch (f.verdict()) {
      case RIGHT -> Role.RIGHT;
      case PARTLY -> Role.PARTLY;
      case WRONG -> Role.WRONG;
      case UNREADABLE -> Role.UNREADABLE;
    };
  }

  @Override
  public Action handle(KeyStroke k) {
    if (k.getKeyType() == KeyType.Escape || breakdown.done() && k.getKeyType() == KeyType.Enter) {
      return Action.CLOSE;
    }
    switch (k.getKeyType()) {
      case Enter -> check();
      case Backspace -> field.backspace();
      case Delete -> field.delete();
      case ArrowLeft -> field.move(-1);
      case ArrowRight -> field.move(1);
      case Home -> field.home();
      case End -> field.end();
      case Character -> {
        if (k.isCtrlDown()) {
          edit(Character.toLowerCase(k.getCharacter()));
        } else {
          field.insert(k.getCharacter());
        }
      }
      default -> { }
    }
    return Action.NONE;
  }

  /** The shell's editing keys, as in an answer; any other Ctrl- key waits until the learner is back. */
  private void edit(char c) {
    switch (c) {
      case 'a' -> field.home();
      case 'e' -> field.end();
      case 'u' -> field.killToStart();
      case 'k' -> field.killToEnd();
      case 'w' -> field.killWord();
      default -> said = List.of("Esc goes back to the question, where every key works again.");
    }
  }

  private void check() {
    if (field.text().isBlank()) {
      said = List.of("Type this step's answer first, or Esc to go back to the question.");
      return;
    }
    String prompt = breakdown.position() + ": " + breakdown.current().name() + " = " + field.text().strip();
    Breakdown.Reply r = breakdown.answer(field.text().strip());
    reply = r.feedback();
    said = r.said();
    if (reply.isRight()) {
      done.add("✓ " + prompt);
      field.set("");
    } else if (reply.counts()) {
      field.selectAll();
    }
  }
}
