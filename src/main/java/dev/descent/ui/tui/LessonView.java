package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.descent.course.Block;
import dev.descent.course.Feedback;
import dev.descent.course.LessonSession;
import dev.descent.course.Page;
import dev.descent.ui.Breakdown;
import dev.descent.ui.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lesson on screen, one page at a time, without modes: the marked question (▸) takes every printable
 * key, so nothing typed as part of an answer is ever a command; commands are {@link Shortcut}s, on keys
 * no answer contains. Enter checks the marked answer, or turns the page when there is nothing left to
 * check; Tab and the arrows move between questions and table cells.
 */
final class LessonView implements View {
  private final LessonSession session;
  private final List<Page> pages;
  private final PageQuestions questions;
  private final PageLayout layout;
  private final Map<String, String> labels = new HashMap<>();
  private final List<String> allQuestions = new ArrayList<>();
  private final FieldKeys fieldKeys = new FieldKeys(this);
  private int page;
  private int top;
  private int shift;
  private String selected;
  private Line message;
  private Confirm confirm;
  private String reveal;
  /** Whether the view follows the cursor; scrolling with PgUp and PgDn lets it go until the next key that types or moves. */
  private boolean follow = true;
  private int height = 20;

  LessonView(LessonSession session, boolean figures) {
    this.session = session;
    this.pages = session.pages();
    this.questions = new PageQuestions(session);
    this.layout = new PageLayout(figures);
    for (Page p : pages) {
      for (Block b : p.blocks()) {
        if (b instanceof Block.Ask a) {
          allQuestions.add(a.question().id());
        }
      }
    }
    for (int i = 0; i < allQuestions.size(); i++) {
      labels.put(allQuestions.get(i), "Question " + (i + 1) + " of " + allQuestions.size());
    }
    enter(Math.max(0, Math.min(session.resumePage(), pages.size() - 1)));
    if (page > 0) {
      message = Line.of("Resumed " + Text.clean(session.title()) + ", page " + (page + 1) + ": where you left off.",
          Role.MESSAGE);
    }
  }

  /** Saves the learner's progress in this lesson. */
  void save() {
    session.save();
  }

  /** True unless the last save failed. */
  boolean saved() {
    return session.saved();
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
          Role.MESSAGE)), 0, Line.of("^L for the lesson list, ^X to quit", Role.DIM), PageStatus.footer(false), -1,
          -1);
    }
    PageLayout.Result r = layout.render(pages.get(page), questions.states(), selected, labels, width);
    if (reveal != null && r.places().containsKey(reveal)) {
      PageLayout.Place p = r.places().get(reveal);
      top = Math.min(Math.max(top, p.end() - this.height), p.field());
      if (p.start() >= p.end() - this.height) {
        top = Math.min(top, p.start());
      }
    }
    reveal = null;
    if (r.cursorLine() >= 0 && follow) {
      top = Math.min(Math.max(top, r.cursorLine() - this.height + 1), r.cursorLine());
      shift = Math.min(Math.max(shift, r.cursorColumn() - width + 1), Math.max(0, r.cursorColumn() - 4));
    }
    int lines = r.lines().size();
    top = Math.max(0, Math.min(top, lines - this.height));
    shift = Math.max(0, Math.min(shift, r.widest() - width));
    List<Line> body = r.lines().subList(top, Math.min(lines, top + this.height));
    int cursorRow = r.cursorLine() >= 0 && confirm == null ? r.cursorLine() - top : -1;
    Line status = message != null ? message : PageStatus.line(questions, page + 1 >= pages.size(),
        r.lines().size() > top + this.height, r.widest() > width, this::number);
    return new Frame(header(), body, shift, status, PageStatus.footer(selected != null), cursorRow,
        r.cursorColumn() - shift);
  }

  @Override
  public Action handle(KeyStroke k) {
    if (confirm != null) {
      Optional<Action> answered = confirmed(k);
      if (answered.isPresent()) {
        return answered.get();
      }
    }
    message = null;
    follow = k.getKeyType() != KeyType.PageDown && k.getKeyType() != KeyType.PageUp;
    Optional<Shortcut> shortcut = Shortcut.of(k);
    if (shortcut.isPresent()) {
      return command(shortcut.get());
    }
    switch (k.getKeyType()) {
      case PageDown -> top += Math.max(1, height - 1);
      case PageUp -> top = Math.max(0, top - Math.max(1, height - 1));
      case Enter -> enter();
      case Escape -> escape();
      default -> {
        if (selected == null) {
          reading(k);
        } else {
          fieldKeys.handle(k, questions.state(selected));
        }
      }
    }
    return Action.NONE;
  }

  @Override
  public Action quit() {
    if (confirm == Confirm.QUIT || unchecked().isEmpty()) {
      return Action.QUIT;
    }
    ask(Confirm.QUIT, "Press y to quit without checking " + unchecked().get() + ", any other key to go back.");
    return Action.NONE;
  }

  private Action command(Shortcut s) {
    switch (s) {
      case NEXT_PAGE -> turn(1);
      case PREVIOUS_PAGE -> turn(-1);
      case HINT -> hint();
      case SOLUTION -> solution();
      case BREAK_DOWN -> { return BreakdownView.ask(session, selected, this::tell); }
      case LESSONS -> {
        if (unchecked().isEmpty()) {
          return Action.LESSONS;
        }
        ask(Confirm.LESSONS, "Press y to leave without checking " + unchecked().get() + ", any other key to go back.");
      }
      default -> { }
    }
    return Action.NONE;
  }

  /** The answer to a pending question; empty when the key said no and should now do what it usually does. */
  private Optional<Action> confirmed(KeyStroke k) {
    Confirm asked = confirm;
    confirm = null;
    message = null;
    if (asked.yes(k)) {
      return Optional.of(switch (asked) {
        case QUIT -> Action.QUIT;
        case LESSONS -> Action.LESSONS;
        case CHECK_TABLE -> {
          submit(questions.state(selected));
          yield Action.NONE;
        }
      });
    }
    if (Confirm.onlyNo(k)) {
      message = Line.of("Nothing was done; you can go on typing.", Role.MESSAGE);
      return Optional.of(Action.NONE);
    }
    return Optional.empty();
  }

  private void ask(Confirm what, String question) {
    confirm = what;
    message = Line.of(question, Role.WRONG);
  }

  /** Keys on a page with nothing to answer: arrows turn pages and scroll, printable keys have nowhere to go. */
  private void reading(KeyStroke k) {
    switch (k.getKeyType()) {
      case ArrowRight -> turn(1);
      case ArrowLeft -> turn(-1);
      case ArrowDown -> top++;
      case ArrowUp -> top = Math.max(0, top - 1);
      case Home -> top = 0;
      case End -> top = Integer.MAX_VALUE / 2;
      case Character -> {
        char c = k.getCharacter();
        if ((c == '<' || c == '>') && !k.isCtrlDown() && !k.isAltDown()) {
          shift = c == '<' ? Math.max(0, shift - 8) : shift + 8;
        } else {
          message = Line.of("There is nothing to answer on this page: Enter or → for the next page, ^G for every "
              + "key.", Role.MESSAGE);
        }
      }
      default -> { }
    }
  }

  private void escape() {
    if (selected != null && questions.state(selected).editing().selected()) {
      questions.state(selected).editing().end();
      return;
    }
    message = Line.of("Commands are Ctrl- keys, so typing always goes to the answer: ^G shows them all.",
        Role.MESSAGE);
  }

  /** Enter: checks new typing; with nothing new to check, turns the page once every question is right. */
  private void enter() {
    if (selected == null) {
      turn(1);
      return;
    }
    QuestionState s = questions.state(selected);
    if (s.unsent()) {
      int empty = s.isTable() ? s.grid.emptyCells() : 0;
      if (empty > 0) {
        ask(Confirm.CHECK_TABLE, "Press Enter again to check the table with " + empty + (empty == 1 ? " cell" : " cells")
            + " empty, any other key to go back to it.");
      } else {
        submit(s);
      }
      return;
    }
    if (questions.allRight()) {
      turn(1);
    } else if (!s.hasInput()) {
      message = Line.of("Type your answer, then Enter. ^N skips to the next page.", Role.MESSAGE);
    } else {
      message = Line.of("That answer is checked already: change it, or Tab to another question. ^N skips to the "
          + "next page.", Role.MESSAGE);
    }
  }

  private void submit(QuestionState s) {
    String id = s.question.id();
    Feedback f = s.isTable() ? session.answerTable(id, s.grid.values()) : session.answer(id, s.field.text().strip());
    s.judged(f);
    reveal = id;
    if (f.isRight()) {
      Optional<String> next = questions.nextOpen(id);
      if (next.isPresent()) {
        mark(next.get(), true);
      }
    } else if (f.counts() && !s.isTable()) {
      s.field.selectAll();
    }
    Breakdown.offer(session, id, f, Shortcut.BREAK_DOWN.key()).ifPresent(this::tell);
  }

  /** Marks question {@code id}: typing goes to it, and what it holds is selected so that typing replaces it. */
  void mark(String id, boolean fromStart) {
    selected = id;
    questions.state(id).arrive(fromStart);
  }

  /** Tab and Shift-Tab: the next or previous cell of a table (staying in it at its last cell), else question. */
  void nextField(int dir) {
    QuestionState s = questions.state(selected);
    if (s.isTable()) {
      if (dir > 0 ? s.grid.next() : s.grid.previous()) {
        s.grid.current().selectAll();
        return;
      }
      if (dir > 0) {
        message = Line.of("This is the table's last cell: Enter checks the table, ↓ goes to the next question.",
            Role.MESSAGE);
        return;
      }
    }
    mark(questions.after(selected, dir), dir > 0);
  }

  /** ↑ and ↓ past a table's edge or a field: the question above or below, or scrolling past the first or last. */
  void nextQuestion(int dir) {
    Optional<String> beside = questions.beside(selected, dir);
    if (beside.isPresent()) {
      mark(beside.get(), dir > 0);
      reveal = beside.get();
    } else {
      top = Math.max(0, top + dir);
      follow = false;
    }
  }

  void tell(String text) {
    message = Line.of(text, Role.MESSAGE);
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
      message = Line.of(s.question.hints() == 0 ? "This question has no hints." : "No more hints for this question: "
          + "^R shows the worked solution after one attempt.", Role.MESSAGE);
    }
  }

  /** The view that breaks question {@code id} down, for the UI to show over this lesson. */
  View breakdown(String id) {
    return new BreakdownView(Breakdown.of(session, id).orElseThrow(), questions.state(id).question);
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
    QuestionState s = questions.state(selected);
    s.solution = sol.get();
    // With the solution open, a table's marks may say what each wrong row should hold.
    if (s.isTable() && !s.unsent()) {
      session.lastAnswer(selected).ifPresent(last -> s.judged(last.reply()));
    }
    reveal = selected;
  }

  private void turn(int dir) {
    int to = page + dir;
    if (to < 0) {
      message = Line.of("This is the first page.", Role.MESSAGE);
    } else if (to >= pages.size()) {
      message = Line.of("This is the last page: ^L for the lesson list, ^X to quit.", Role.MESSAGE);
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
    questions.show(pages.get(p));
    selected = questions.initial();
    if (selected != null) {
      questions.state(selected).arrive(true);
    }
  }

  /** The first question, on any page seen, with typing that no reply has judged, in words. */
  private Optional<String> unchecked() {
    for (String id : allQuestions) {
      QuestionState s = questions.states().get(id);
      if (s != null && s.unsent()) {
        return Optional.of("question " + number(id) + "'s answer");
      }
    }
    return Optional.empty();
  }

  /** The question's number in the lesson, as its label shows it. */
  int number(String id) {
    return allQuestions.indexOf(id) + 1;
  }

  private String header() {
    int right = 0;
    for (String id : allQuestions) {
      QuestionState s = questions.states().get(id);
      right += (s != null ? s.rightNow() || s.rightBefore() : session.solved(id)) ? 1 : 0;
    }
    String done = allQuestions.isEmpty() ? "" : " · " + right + " of " + allQuestions.size() + " right";
    return "descent · " + Text.clean(session.title()) + " · page " + (page + 1) + " of " + pages.size() + done;
  }
}
