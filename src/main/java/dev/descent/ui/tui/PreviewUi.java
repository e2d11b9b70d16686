package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.descent.course.Block;
import dev.descent.course.Draft;
import dev.descent.course.Page;
import dev.descent.ui.Settings;
import java.io.IOException;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A lesson file on screen as a learner sees it, while its author edits it: read again whenever it changes (a
 * daemon thread looks at the file's attributes every {@link #POLL_MILLIS} ms), on the page that was showing
 * (found again by its problem or title), and, while the file does not load, the problems that keep it from
 * loading, located as {@code validate} prints them. Ctrl-D shows the page's answer key.
 */
final class PreviewUi {
  /** How often the file's attributes are looked at. */
  static final int POLL_MILLIS = 250;

  private final Draft draft;
  private final Screen screen;
  private final Palette palette;
  private final Settings settings;
  private LessonView lesson;
  private Draft.Reading reading;
  /** The pages of the last version that loaded, and the page showing in it. */
  private List<Page> pages;
  private int anchor;
  private View view;
  private boolean done;

  PreviewUi(Draft draft, Screen screen, boolean colour, Settings settings) {
    this.draft = draft;
    this.screen = screen;
    this.palette = new Palette(colour);
    this.settings = settings;
  }

  /** Shows the file as it is now and follows its changes until the author quits or input ends. */
  void run(EventQueue events) throws IOException, InterruptedException {
    apply(draft.read());
    watch(events);
    draw();
    while (!done) {
      Event e = events.take();
      if (e instanceof Event.Key k) {
        press(k.key());
      } else if (e instanceof Event.Changed c) {
        apply(c.reading());
      } else if (e instanceof Event.InputClosed) {
        done = true;
      } else if (e instanceof Event.Failed f) {
        throw new IOException("reading the keyboard failed", f.cause());
      }
      if (!done && !events.pending()) {
        draw();
      }
    }
  }

  /** Starts the daemon thread that reads the file again, a moment after it changes, and posts what it read. */
  private void watch(EventQueue events) {
    Thread watcher = new Thread(() -> {
      try {
        while (true) {
          Thread.sleep(POLL_MILLIS);
          if (draft.changed()) {
            Thread.sleep(POLL_MILLIS); // an editor may write the file in several steps
            events.post(new Event.Changed(draft.read()));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "descent preview: watch the file");
    watcher.setDaemon(true);
    watcher.start();
  }

  /**
   * Shows a reading: the lesson on the page that was showing in the last version that loaded, with the problems
   * over it when there are any; or, when the file does not load, only its problems.
   */
  void apply(Draft.Reading r) {
    if (reading != null && reading.loaded()) {
      anchor = reading.session().resumePage();
    }
    boolean first = reading == null;
    reading = r;
    if (!r.loaded()) {
      view = problems(r.problems(), false);
      return;
    }
    List<Page> after = r.session().pages();
    int target = pages == null ? 0 : Draft.samePage(pages, anchor, after);
    r.session().visit(target);
    lesson = new LessonView(r.session(), settings.figures());
    pages = after;
    if (!first) {
      lesson.tell("Reloaded " + draft.shown() + " at " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS)
          + (after.isEmpty() ? "." : ", page " + (target + 1) + " of " + after.size() + "."));
    }
    view = r.problems().isEmpty() ? lesson : problems(r.problems(), true);
  }

  /** The problems of a reading; over a lesson that loads, Enter shows the lesson. */
  private View problems(List<String> problems, boolean loaded) {
    String title = problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + draft.shown()
        + (loaded ? " (the lesson loads; Enter shows it)" : ": fix the file and save it, and the preview shows it");
    return new NoticeView(header(), title, Role.WRONG, problems, loaded ? "Press Enter to see the lesson; ^X quits."
        : "The preview reloads by itself when the file is saved; ^X quits.");
  }

  private String header() {
    return "descent preview · " + draft.shown();
  }

  /** Reacts to a key: Ctrl-X quits, Ctrl-D shows the page's answer key, Ctrl-G the preview's keys. */
  void press(KeyStroke k) {
    if (Shortcut.QUIT.matches(k)) {
      done = view != lesson || lesson.quit() == Action.QUIT;
      return;
    }
    if (ctrl(k, 'd') && lesson != null && reading.loaded()) {
      view = new NoticeView(header(), "Answer key of this page, with the numbers of learner " + draft.learner(),
          Role.RIGHT, key(), "Press Enter to go back to the page.");
      return;
    }
    if (Shortcut.HELP.matches(k)) {
      view = new NoticeView(header(), "Previewing " + draft.shown(), Role.TITLE, List.of(
          "This is the file as a learner sees it. Save it in your editor and the preview shows the new version, on "
              + "the page you were on; while the file has problems, they are listed here with their line and column.",
          "Ctrl-D shows the answer key of the page. Ctrl-N and Ctrl-P turn the pages; every key of the course "
              + "works as it does for a learner. Answers you type are kept until you quit, and never saved as anyone's "
              + "progress. Ctrl-X quits."), "Press Enter to go back.");
      return;
    }
    if (view != lesson) {
      Action a = view.handle(k);
      if (a.kind() == Action.Kind.CLOSE && reading.loaded()) {
        view = lesson;
      }
      return;
    }
    Action a = lesson.handle(k);
    if (a.kind() == Action.Kind.QUIT) {
      done = true;
    } else if (a.kind() == Action.Kind.LESSONS) {
      lesson.tell("A preview shows one file, so it has no lesson list: ^X quits.");
    } else if (a.kind() == Action.Kind.BREAK_DOWN) {
      view = lesson.breakdown(a.id());
    }
  }

  private static boolean ctrl(KeyStroke k, char letter) {
    return k.getKeyType() == KeyType.Character && k.isCtrlDown() && !k.isAltDown()
        && Character.toLowerCase(k.getCharacter()) == letter;
  }

  /** The answer key of the questions on the page showing. */
  private List<String> key() {
    int page = reading.session().resumePage();
    List<String> ids = new ArrayList<>();
    if (page < pages.size()) {
      for (Block b : pages.get(page).blocks()) {
        if (b instanceof Block.Ask a) {
          ids.add(a.question().id());
        }
      }
    }
    List<String> lines = draft.key(ids);
    return lines.isEmpty() ? List.of("There is no question on this page.") : lines;
  }

  /** True once the author has quit. */
  boolean done() {
    return done;
  }

  void draw() throws IOException {
    View shown = view;
    Painter.paint(screen, palette, new View() {
      @Override
      public Frame render(int width, int height) {
        Frame f = shown.render(width, height);
        String h = f.header();
        return f.withHeader(h.startsWith("descent · ") ? "descent preview (^D answer key) · "
            + h.substring("descent · ".length()) : h);
      }

      @Override
      public Action handle(KeyStroke key) {
        return shown.handle(key);
      }
    }, draft.learner());
  }
}
