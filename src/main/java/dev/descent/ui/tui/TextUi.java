package dev.descent.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.descent.course.Course;
import dev.descent.ui.NewWarnings;
import dev.descent.ui.Text;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The full-screen course: which view shows, what keys do to it, and drawing it on a Lanterna screen. */
public final class TextUi {
  static final int MIN_COLUMNS = 30;
  static final int MIN_ROWS = 8;

  private final Course course;
  private final String learner;
  private final Screen screen;
  private final Palette palette;
  private View view;
  private View beneathHelp;
  private final NewWarnings news = new NewWarnings();
  private LessonView lesson;
  private boolean done;

  /** A text UI on a started {@code screen}, in colour unless {@code colour} is false. */
  public TextUi(Course course, String learner, Screen screen, boolean colour) {
    this.course = course;
    this.learner = learner;
    this.screen = screen;
    this.palette = new Palette(colour);
  }

  /** Shows the lesson {@code lessonId} when given, else the lesson list. */
  public synchronized void start(Optional<String> lessonId) {
    if (lessonId.isPresent()) {
      open(lessonId.get());
    } else {
      view = new ListView(course, learner, news);
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

  /** Reacts to one key. */
  public synchronized void press(KeyStroke k) {
    if (k.getKeyType() == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'c') {
      quit();
      return;
    }
    Action a = view.handle(k);
    switch (a.kind()) {
      case QUIT -> quit();
      case HELP -> {
        beneathHelp = view;
        view = new HelpView();
      }
      case CLOSE -> view = beneathHelp;
      case LESSONS -> {
        save();
        lesson = null;
        view = new ListView(course, learner, news);
      }
      case OPEN -> open(a.lessonId());
      default -> { }
    }
    noticesOfTheLesson();
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
    }
  }

  private void quit() {
    save();
    done = true;
  }

  private void open(String lessonId) {
    save();
    busy("Opening the lesson…");
    lesson = new LessonView(course.open(lessonId, learner));
    view = lesson;
    List<String> fresh = new java.util.ArrayList<>(news.take(course));
    fresh.addAll(lesson.notices());
    if (!fresh.isEmpty()) {
      beneathHelp = lesson;
      view = new NoticeView("Please read: something needed attention", fresh);
    }
  }

  /** Shows a first screen while the course loads: the header and a line saying so. */
  static void loading(Screen screen, boolean colour) throws IOException {
    TerminalSize size = screen.getTerminalSize();
    Palette palette = new Palette(colour);
    TextGraphics g = screen.newTextGraphics();
    new Canvas(g, palette, size.getColumns()).fill(0, Role.HEADER);
    Canvas c = new Canvas(g, palette, size.getColumns() - 1);
    c.draw(0, 1, Line.of(Text.fit("descent", size.getColumns() - 2), Role.HEADER), 0);
    c.draw(Math.min(2, size.getRows() - 1), 1, Line.of(Text.fit("Loading the course…", size.getColumns() - 2),
        Role.MESSAGE), 0);
    screen.setCursorPosition(null);
    screen.refresh();
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
    boolean resized = screen.doResizeIfNecessary() != null;
    TerminalSize size = screen.getTerminalSize();
    int columns = size.getColumns();
    int rows = size.getRows();
    screen.clear();
    TextGraphics g = screen.newTextGraphics();
    Canvas c = new Canvas(g, palette, columns - 1);
    if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
      new Canvas(g, palette, columns).draw(0, 0, Line.of(Text.fit("Window too small for descent: make it at least "
          + MIN_COLUMNS + "×" + MIN_ROWS + ".", columns), Role.MESSAGE), 0);
      screen.setCursorPosition(null);
      screen.refresh(Screen.RefreshType.COMPLETE);
      return;
    }
    Frame f = view.render(columns - 2, rows - 3);
    new Canvas(g, palette, columns).fill(0, Role.HEADER);
    c.draw(0, 1, Line.of(Text.fit(f.header(), columns - 2), Role.HEADER), 0);
    for (int i = 0; i < f.body().size(); i++) {
      c.draw(1 + i, 1, f.body().get(i), f.shift());
    }
    c.draw(rows - 2, 1, fitted(f.status(), columns - 2), 0);
    c.draw(rows - 1, 1, fitted(f.footer().line(columns - 2), columns - 2), 0);
    boolean cursor = f.cursorRow() >= 0 && f.cursorRow() < rows - 3 && f.cursorColumn() >= 0
        && f.cursorColumn() < columns - 2;
    screen.setCursorPosition(cursor ? new TerminalPosition(1 + f.cursorColumn(), 1 + f.cursorRow()) : null);
    screen.refresh(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
  }

  private static Line fitted(Line l, int width) {
    if (l.length() <= width) {
      return l;
    }
    Line out = Line.EMPTY;
    int left = width;
    for (Line.Span s : l.spans()) {
      if (left <= 0) {
        break;
      }
      String t = s.text().length() > left ? Text.fit(s.text(), left) : s.text();
      out = out.plus(t, s.role());
      left -= t.length();
    }
    return out;
  }
}
