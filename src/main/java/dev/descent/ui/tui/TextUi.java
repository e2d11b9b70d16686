package dev.descent.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.descent.course.Course;
import dev.descent.course.PracticeRound;
import dev.descent.engine.DescentException;
import dev.descent.ui.NewWarnings;
import dev.descent.ui.ReportLines;
import dev.descent.ui.Settings;
import dev.descent.ui.Text;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The full-screen course: which view shows, what keys do to it, and drawing it on a Lanterna screen. */
public final class TextUi {
  static final int MIN_COLUMNS = Painter.MIN_COLUMNS;
  static final int MIN_ROWS = Painter.MIN_ROWS;

  private final Course course;
  private final String learner;
  private final Screen screen;
  private final Palette palette;
  private View view;
  private View beneathHelp;
  private final NewWarnings news = new NewWarnings();
  private LessonView lesson;
  private PracticeRound practising;
  private boolean done;
  private Frame shown;
  private boolean saved = true;
  private final Settings settings;
  private String notice;

  /** A text UI on a started {@code screen}, in colour unless {@code colour} is false, figures drawn. */
  public TextUi(Course course, String learner, Screen screen, boolean colour) {
    this(course, learner, screen, colour, Settings.DEFAULT);
  }

  /** A text UI that draws figures or only describes them, as {@code settings} say. */
  public TextUi(Course course, String learner, Screen screen, boolean colour, Settings settings) {
    this.course = course;
    this.learner = learner;
    this.screen = screen;
    this.palette = new Palette(colour);
    this.settings = settings;
  }

  /** Something to tell the learner on the first screen, such as that the terminal was reset. */
  public synchronized void notice(String text) {
    notice = text;
  }

  /**
   * Shows the lesson {@code lessonId} when given, else the lesson list; a new learner first sees a short
   * guide to how descent works (found again under Ctrl-G).
   */
  public synchronized void start(Optional<String> lessonId) {
    boolean first = course.isNew(learner);
    if (lessonId.isPresent()) {
      open(lessonId.get());
    } else {
      ListView list = new ListView(course, learner, news);
      if (notice != null) {
        list.say(notice);
        notice = null;
      }
      view = list;
    }
    if (first) {
      beneathHelp = view;
      view = Guide.welcome(learner, course.progressLocation(learner));
    }
  }

  /** True once the learner has quit. */
  public synchronized boolean done() {
    return done;
  }

  /** Waits for events and handles them until the learner quits or input ends; saves on the way out. */
  public void run(EventQueue events) throws IOException, InterruptedException {
    try {
      draw();
      while (!done()) {
        Event e = events.take();
        if (e instanceof Event.Key k) {
          press(k.key());
        } else if (e instanceof Event.InputClosed) {
          quit();
        } else if (e instanceof Event.Failed f) {
          throw new IOException("reading the keyboard failed", f.cause());
        }
        if (!done() && !events.pending()) {
          draw();
        }
      }
    } finally {
      save();
    }
  }

  /** Reacts to one key: Ctrl-X or Ctrl-C quits from anywhere (the lesson asks first if typing would be lost). */
  public synchronized void press(KeyStroke k) {
    Action a;
    if (Shortcut.QUIT.matches(k)) {
      View asked = view instanceof ListView || view instanceof LessonView || beneathHelp == null ? view : beneathHelp;
      a = asked.quit();
      view = asked;
    } else if (Shortcut.HELP.matches(k) && (view instanceof ListView || view instanceof LessonView)) {
      a = Action.HELP;
    } else {
      a = view.handle(k);
    }
    switch (a.kind()) {
      case QUIT -> quit();
      case HELP -> {
        beneathHelp = view;
        view = new HelpView(learner, course.progressLocation(learner));
      }
      case CLOSE -> {
        // a notice that came up over the lesson unasked (a save that failed) may catch the learner typing
        // the next answer: the key that closes it goes on to the answer, so that no keystroke is lost
        boolean unasked = view instanceof NoticeView && beneathHelp instanceof LessonView;
        view = beneathHelp;
        if (unasked && typed(k)) {
          press(k);
          return;
        }
      }
      case LESSONS -> {
        save();
        lesson = null;
        practising = null;
        view = new ListView(course, learner, news);
      }
      case OPEN -> open(a.id());
      case PRACTICE -> practise(a.id());
      case REPORT -> {
        beneathHelp = view;
        view = new NoticeView("descent · your report", "Your report, learner " + Text.clean(learner), Role.TITLE,
            ReportLines.of(course.report(learner)));
      }
      case BREAK_DOWN -> {
        beneathHelp = lesson;
        view = lesson.breakdown(a.id());
      }
      default -> { }
    }
    roundOver();
    noticesOfTheLesson();
  }

  /** Opens the round in progress of practice of a problem of {@code lessonId} (the first one not mastered). */
  private void practise(String lessonId) {
    save();
    try {
      practising = course.practice(lessonId, null, learner);
    } catch (DescentException e) {
      beneathHelp = view;
      view = new NoticeView("descent · practice", "Nothing to practise here", Role.WRONG, List.of(e.getMessage()));
      return;
    }
    lesson = new LessonView(practising, settings.figures());
    view = lesson;
    lesson.tell("Practice, round " + practising.round() + ": new numbers. " + practising.mastery() + " rounds in a row, "
        + "each right at the first try without a hint or the solution, master the problem.");
  }

  /** Once every question of a practice round is right: what came of it, then the next round (or the list, mastered). */
  private void roundOver() {
    if (practising == null || view != lesson || !practising.done()) {
      return;
    }
    PracticeRound.Standing s = practising.finish();
    String lessonId = practising.lessonId();
    String said = s.counted() ? "Round " + practising.round() + " right without help: " + s.streak() + " in a row of "
        + practising.mastery() + "." : "Round " + practising.round() + " is done, but with a wrong answer, a hint or "
        + "the solution: the count of rounds in a row starts again.";
    boolean mastered = s.counted() && s.mastered() && s.streak() >= practising.mastery();
    if (mastered) {
      practising = null;
      lesson = null;
      beneathHelp = new ListView(course, learner, news);
    } else {
      practise(lessonId);
      beneathHelp = view;
    }
    view = new NoticeView("descent · practice", mastered ? "Mastered" : "Round done", Role.TITLE,
        List.of(said + (mastered ? " The problem is mastered; your report lists it." : " Enter: the next round.")));
  }

  /** True for a key that types a character (not a Ctrl- or Alt- command). */
  private static boolean typed(KeyStroke k) {
    return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown();
  }

  /** Shows, over the lesson, what saving had to say (progress not saved, or saved again). */
  private void noticesOfTheLesson() {
    if (lesson != null && view == lesson) {
      List<String> fresh = lesson.notices();
      if (!fresh.isEmpty()) {
        beneathHelp = lesson;
        view = new NoticeView("Please read: something needed attention", fresh);
      }
    }
  }

  /** Saves the open lesson's progress; safe to call at any time, also from a shutdown hook. */
  public synchronized void save() {
    if (lesson != null) {
      lesson.save();
      saved = lesson.saved();
    }
  }

  /** False when the last save failed (a read-only folder, a full disk), for the line said on quitting. */
  public synchronized boolean saved() {
    return saved;
  }

  private void quit() {
    save();
    done = true;
  }

  private void open(String lessonId) {
    save();
    busy("Opening the lesson…");
    lesson = new LessonView(course.open(lessonId, learner), settings.figures());
    view = lesson;
    List<String> fresh = new java.util.ArrayList<>(news.take(course));
    fresh.addAll(lesson.notices());
    if (!fresh.isEmpty()) {
      beneathHelp = lesson;
      view = new NoticeView("Please read: something needed attention", fresh);
    }
  }

  /** Shows {@code text} on the status line at once, for work the learner waits on, such as opening a lesson. */
  private void busy(String text) {
    TerminalSize size = screen.getTerminalSize();
    if (size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS) {
      return;
    }
    Canvas c = new Canvas(screen.newTextGraphics(), palette, size.getColumns() - 1);
    c.fill(size.getRows() - 2, Role.NORMAL);
    c.draw(size.getRows() - 2, 1, Line.of(Text.fit(text, size.getColumns() - 2), Role.MESSAGE), 0);
    try {
      screen.refresh();
    } catch (IOException e) {
      // the next full draw will show what it can
    }
  }

  /** Draws the current view, fitted to the screen's size now, and shows it. */
  public synchronized void draw() throws IOException {
    Frame f = Painter.paint(screen, palette, view, learner);
    if (f != null) {
      shown = f;
    }
  }

  /** The frame drawn last, for tests that hold the screen to it. */
  synchronized Frame shown() {
    return shown;
  }
}
