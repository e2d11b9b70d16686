package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.descent.course.Feedback;
import dev.descent.course.LessonSession;
import dev.descent.course.Page;
import dev.descent.ui.Text;
import java.util.List;
import java.util.Optional;

/**
 * A lesson on screen, one page at a time. Two modes: reading, where letters are commands, and
 * answering, where keys edit the selected question's field; Tab or Enter starts answering, Esc stops.
 */
final class LessonView implements View {
  private final LessonSession session;
  private final List<Page> pages;
  private final PageQuestions questions;
  private final PageLayout layout = new PageLayout();
  private int page;
  private int top;
  private int shift;
  private String selected;
  private boolean editing;
  private Line message;
  private String reveal;
  private int height = 20;

  LessonView(LessonSession session) {
    this.session = session;
    this.pages = session.pages();
    this.questions = new PageQuestions(session);
    enter(Math.max(0, Math.min(session.resumePage(), pages.size() - 1)));
  }

  /** Saves the learner's progress in this lesson. */
  void save() {
    session.save();
  }

  /** What the learner should read now, such as progress that cannot be saved; each is given once. */
  List<String> notices() {
    return session.notices();
  }

  @Override
  public Frame render(int width, int height) {
    this.height = Math.max(1, height);
    if (pages.isEmpty()) {
      return new Frame("descent · " + Text.clean(session.title()), List.of(Line.of("This lesson has no pages yet.",
          Role.MESSAGE)), 0, Line.of("l for the lesson list, q to quit", Role.DIM), footer(), -1, -1);
    }
    PageLayout.Result r = layout.render(pages.get(page), questions.states(), selected, editing, width);
    if (reveal != null && r.places().containsKey(reveal)) {
      PageLayout.Place p = r.places().get(reveal);
      top = Math.min(Math.max(top, p.end() - this.height), p.field());
      if (p.start() >= p.end() - this.height) {
        top = Math.min(top, p.start());
      }
    }
    reveal = null;
    if (r.cursorLine() >= 0) {
      top = Math.min(Math.max(top, r.cursorLine() - this.height + 1), r.cursorLine());
      shift = Math.min(Math.max(shift, r.cursorColumn() - width + 1), Math.max(0, r.cursorColumn() - 4));
    }
    int lines = r.lines().size();
    top = Math.max(0, Math.min(top, lines - this.height));
    shift = Math.max(0, Math.min(shift, r.widest() - width));
    List<Line> body = r.lines().subList(top, Math.min(lines, top + this.height));
    int cursorRow = r.cursorLine() >= 0 ? r.cursorLine() - top : -1;
    return new Frame(header(), body, shift, message != null ? message : position(r, width), footer(), cursorRow,
        r.cursorColumn() - shift);
  }

  @Override
  public Action handle(KeyStroke k) {
    message = null;
    if (k.getKeyType() == KeyType.PageDown) {
      top += Math.max(1, height - 1);
      return Action.NONE;
    }
    if (k.getKeyType() == KeyType.PageUp) {
      top = Math.max(0, top - Math.max(1, height - 1));
      return Action.NONE;
    }
    return editing ? edit(k) : read(k);
  }

  private Action read(KeyStroke k) {
    switch (k.getKeyType()) {
      case ArrowRight -> turn(1);
      case ArrowLeft -> turn(-1);
      case ArrowDown -> top++;
      case ArrowUp -> top = Math.max(0, top - 1);
      case Home -> top = 0;
      case End -> top = Integer.MAX_VALUE / 2;
      case Enter, Tab -> startAnswering(k.getKeyType() == KeyType.Enter);
      case Escape -> message = Line.of("Reading. Tab or Enter to answer, ? for all keys.", Role.MESSAGE);
      case Character -> {
        return command(k.getCharacter());
      }
      default -> { }
    }
    return Action.NONE;
  }

  private Action command(char c) {
    switch (c) {
      case 'q' -> {
        return Action.QUIT;
      }
      case '?' -> {
        return Action.HELP;
      }
      case 'l' -> {
        return Action.LESSONS;
      }
      case 'n' -> turn(1);
      case 'p' -> turn(-1);
      case ' ' -> top += Math.max(1, height - 1);
      case 'j' -> top++;
      case 'k' -> top = Math.max(0, top - 1);
      case 'h' -> hint();
      case 's' -> solution();
      case '<' -> shift = Math.max(0, shift - 8);
      case '>' -> shift += 8;
      default -> {
        if (startsAnswer(c) && selected != null) {
          editing = true;
          questions.state(selected).editing().insert(c);
        } else {
          message = Line.of("'" + c + "' is not a key here. Tab or Enter to answer; ? shows every key.", Role.MESSAGE);
        }
      }
    }
    return Action.NONE;
  }

  /** Characters that can only begin an answer, so typing them starts answering the selected question. */
  private static boolean startsAnswer(char c) {
    return Character.isDigit(c) || "-+.([".indexOf(c) >= 0;
  }

  private Action edit(KeyStroke k) {
    QuestionState s = questions.state(selected);
    AnswerField f = s.editing();
    switch (k.getKeyType()) {
      case Escape -> {
        editing = false;
        message = Line.of("Stopped typing: keys are commands again (h hint, s solution, → next page).", Role.MESSAGE);
      }
      case Enter -> submit(s);
      case Tab -> nextField(1);
      case ReverseTab -> nextField(-1);
      case Backspace -> f.backspace();
      case Delete -> f.delete();
      case Home -> f.home();
      case End -> f.end();
      case ArrowLeft -> sideways(s, -1);
      case ArrowRight -> sideways(s, 1);
      case ArrowUp -> vertical(s, -1);
      case ArrowDown -> vertical(s, 1);
      case Character -> {
        if (!k.isCtrlDown() && !k.isAltDown()) {
          f.insert(k.getCharacter());
        }
      }
      default -> { }
    }
    return Action.NONE;
  }

  private void sideways(QuestionState s, int dir) {
    if (!s.editing().move(dir) && s.isTable()) {
      s.grid.move(0, dir);
      if (dir > 0) {
        s.grid.current().home();
      } else {
        s.grid.current().end();
      }
    }
  }

  private void vertical(QuestionState s, int dir) {
    if (s.isTable()) {
      s.grid.move(dir, 0);
    } else {
      top = Math.max(0, top + dir);
    }
  }

  private void nextField(int dir) {
    QuestionState s = questions.state(selected);
    if (s.isTable() && (dir > 0 ? s.grid.next() : s.grid.previous())) {
      return;
    }
    selected = questions.after(selected, dir);
    QuestionState n = questions.state(selected);
    if (n.isTable()) {
      if (dir > 0) {
        n.grid.first();
      } else {
        n.grid.last();
      }
    }
  }

  private void startAnswering(boolean enter) {
    if (selected == null) {
      if (enter) {
        turn(1);
      } else {
        message = Line.of("There is nothing to answer on this page: → for the next page.", Role.MESSAGE);
      }
      return;
    }
    editing = true;
  }

  private void submit(QuestionState s) {
    if (!s.hasInput()) {
      message = Line.of("Type an answer first, then press Enter.", Role.MESSAGE);
      return;
    }
    String id = s.question.id();
    Feedback f = s.isTable() ? session.answerTable(id, s.grid.values()) : session.answer(id, s.field.text().strip());
    s.feedback = f;
    s.solved |= f.isRight();
    reveal = id;
    if (f.isRight()) {
      Optional<String> next = questions.nextUnsolved(questions.indexOf(id) + 1);
      if (next.isPresent()) {
        selected = next.get();
      } else {
        editing = false;
        message = Line.of(page + 1 < pages.size() ? "Every question on this page is answered right: → for the next page."
            : "Every question on this page is answered right. This is the last page: l for the lessons.", Role.RIGHT);
      }
    }
  }

  private void hint() {
    if (selected == null) {
      message = Line.of("There is no question on this page, so no hint.", Role.MESSAGE);
      return;
    }
    QuestionState s = questions.state(selected);
    Optional<String> h = session.nextHint(selected);
    if (h.isPresent()) {
      s.hints.add(h.get());
      reveal = selected;
    } else {
      message = Line.of(s.question.hints() == 0 ? "This question has no hints." : "No more hints for this question.",
          Role.MESSAGE);
    }
  }

  private void solution() {
    if (selected == null) {
      message = Line.of("There is no question on this page, so no solution.", Role.MESSAGE);
      return;
    }
    Optional<List<String>> sol = session.solution(selected);
    if (sol.isEmpty()) {
      message = Line.of("The worked solution opens after one attempt that counts: try an answer first.", Role.MESSAGE);
      return;
    }
    questions.state(selected).solution = sol.get();
    reveal = selected;
  }

  private void turn(int dir) {
    int to = page + dir;
    if (to < 0) {
      message = Line.of("This is the first page.", Role.MESSAGE);
    } else if (to >= pages.size()) {
      message = Line.of("This is the last page: l for the lesson list, q to quit.", Role.MESSAGE);
    } else {
      enter(to);
    }
  }

  private void enter(int p) {
    page = p;
    if (pages.isEmpty()) {
      return;
    }
    session.visit(p);
    top = 0;
    shift = 0;
    editing = false;
    questions.show(pages.get(p));
    selected = questions.initial();
  }

  private String header() {
    return "descent · " + Text.clean(session.title()) + " · page " + (page + 1) + " of " + pages.size();
  }

  private Line position(PageLayout.Result r, int width) {
    String where;
    if (r.lines().size() > top + height) {
      where = "↓ more below: ↓, PgDn or Space";
    } else if (page + 1 < pages.size()) {
      where = "End of page: → for the next page";
    } else {
      where = "End of the lesson: l for the lesson list, q to quit";
    }
    if (r.widest() > width) {
      where = "< > scroll sideways · " + where;
    }
    return Line.of(where, Role.DIM);
  }

  private Footer footer() {
    if (editing) {
      return new Footer("ANSWERING", List.of(Footer.essential("Enter", "check"), Footer.key("Tab", "next field"),
          Footer.essential("Esc", "stop typing"), Footer.key("PgUp/PgDn", "scroll"), Footer.key("^C", "save and quit")));
    }
    return new Footer("READING", List.of(Footer.key("←→", "pages"), Footer.key("↑↓", "scroll"),
        Footer.key("Tab", "answer"), Footer.key("h", "hint"), Footer.key("s", "solution"),
        Footer.essential("?", "keys"), Footer.essential("q", "quit")));
  }
}
