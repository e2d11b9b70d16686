package dev.descent.ui.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import dev.descent.course.Course;
import dev.descent.course.Draft;
import dev.descent.ui.LessonChoice;
import dev.descent.ui.NewWarnings;
import dev.descent.ui.Settings;
import dev.descent.ui.Text;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the text UI on this process's terminal and gives the terminal back as it was (screen,
 * cursor, echo) however the run ends: quit, Ctrl-C, an error, or a signal (through a shutdown hook
 * that saves progress first).
 */
public final class TerminalLauncher {
  /** Wide and high enough that the first frame, drawn before the window's size is known, is not cut. */
  private static final int UNKNOWN_WIDTH = 1000;
  /** The guide is prose, wrapped for the first frame to an 80-column terminal's body. */
  private static final int GUIDE_WIDTH = 78;

  /** This process's terminal, set up for the UI. */
  public static final Terminals THIS_PROCESS = new ProcessTerminal();

  private TerminalLauncher() {}

  /** Makes the terminal the UI runs on, once the first frame shows. */
  @FunctionalInterface
  public interface Terminals {
    /** The terminal, set up for the UI. */
    Terminal make() throws IOException;
  }

  /**
   * Runs the course full-screen until the learner quits, in the lesson typed (an id or a number)
   * when given. A new learner's guide, else the lesson list (or the lesson's title), shows at once, drawn before Lanterna sets
   * the terminal up; the lesson files load on a second thread once the UI runs, and progress is
   * saved on every way out. A terminal left without line editing or echo (by an earlier run killed
   * with SIGKILL, which could not restore it) is set back to sane modes first, and the lesson list
   * says so. Returns false when the last save failed, so that the line said on quitting can say so.
   *
   * @throws dev.descent.engine.DescentException when there is no such lesson (before the screen changes)
   */
  public static boolean run(Course course, String learner, Optional<String> lesson, boolean colour, Settings settings)
      throws IOException, InterruptedException {
    return run(course, learner, lesson, colour, settings, System.out, THIS_PROCESS);
  }

  /**
   * Like {@link #run(Course, String, Optional, boolean, Settings)}, with the first frame written to
   * {@code out} and the UI on the terminal {@code terminals} makes: for the build's training run,
   * which walks this path on a virtual terminal.
   */
  public static boolean run(Course course, String learner, Optional<String> lesson, boolean colour, Settings settings,
      PrintStream out, Terminals terminals) throws IOException, InterruptedException {
    Optional<String> lessonId = lesson.isPresent() ? Optional.of(LessonChoice.require(course, lesson.get()))
        : Optional.empty();
    Palette palette = new Palette(colour);
    FirstFrame.show(out, first(course, learner, lessonId), palette);
    // until the full hook below is in place, a signal still gives the normal screen back
    Thread early = FirstFrame.restorer(out);
    Runtime.getRuntime().addShutdownHook(early);
    Terminal terminal;
    try {
      terminal = terminals.make();
    } catch (IOException | RuntimeException e) {
      FirstFrame.hide(out);
      throw e;
    } finally {
      removeHook(early);
    }
    TerminalScreen screen = new TerminalScreen(terminal);
    AtomicReference<TextUi> running = new AtomicReference<>();
    Thread hook = new Thread(() -> {
      try {
        TextUi ui = running.get();
        if (ui != null) {
          ui.save();
        }
      } finally {
        stop(screen, terminal, out);
      }
    }, "descent: save and restore the terminal");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      screen.startScreen();
      TextUi ui = new TextUi(course, learner, screen, colour, settings);
      if (terminal instanceof RawTerminal raw && raw.wasReset()) {
        ui.notice("The terminal was left in a raw state, as by a run of descent that was killed; it is set "
            + "back, and everything you submitted was saved.");
      }
      running.set(ui);
      EventQueue events = new EventQueue();
      events.listenForResizes(terminal);
      ui.start(lessonId);
      ui.draw();
      prepare(course);
      events.readKeys(screen);
      ui.run(events);
      return ui.saved();
    } finally {
      stop(screen, terminal, out);
      removeHook(hook);
    }
  }

  /**
   * Runs a preview of {@code draft} full-screen until its author quits, and gives the terminal back as it was
   * however the run ends; nothing is saved, so a signal needs only the terminal restored.
   */
  public static void preview(Draft draft, boolean colour, Settings settings) throws IOException, InterruptedException {
    Terminal terminal = createTerminal();
    TerminalScreen screen = new TerminalScreen(terminal);
    Thread hook = new Thread(() -> stop(screen, terminal, System.out), "descent: restore the terminal");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      screen.startScreen();
      PreviewUi ui = new PreviewUi(draft, screen, colour, settings);
      EventQueue events = new EventQueue();
      events.listenForResizes(terminal);
      events.readKeys(screen);
      ui.run(events);
    } finally {
      stop(screen, terminal, System.out);
      removeHook(hook);
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to; it restores the screen too
    }
  }

  /**
   * The frame shown before the terminal is set up: a new learner's guide (which the text UI opens with,
   * at a common width until the real one is known), the lesson list, or the title of the lesson to open.
   */
  private static Frame first(Course course, String learner, Optional<String> lessonId) {
    if (course.isNew(learner)) {
      return Guide.welcome(learner, course.progressLocation(learner)).render(GUIDE_WIDTH, UNKNOWN_WIDTH);
    }
    if (lessonId.isEmpty()) {
      return new ListView(course, learner, new NewWarnings()).render(UNKNOWN_WIDTH, UNKNOWN_WIDTH);
    }
    String title = course.lessons().stream().filter(l -> l.id().equals(lessonId.get())).findFirst()
        .map(l -> Text.clean(l.title())).orElse(lessonId.get());
    return new Frame("descent · " + title, List.of(Line.of("Opening the lesson…", Role.MESSAGE)), 0, Line.EMPTY,
        new Footer("", List.of()), -1, -1);
  }

  /** Loads what opening a lesson needs on a background thread, while the learner reads the list. */
  private static void prepare(Course course) {
    Thread t = new Thread(course::prepare, "descent: load the lessons");
    t.setDaemon(true);
    t.start();
  }

  /**
   * This process's terminal; a class rather than a method reference, since the first lambda a JVM
   * links costs the first frame several milliseconds.
   */
  private static final class ProcessTerminal implements Terminals {
    @Override
    public Terminal make() throws IOException {
      return createTerminal();
    }
  }

  /** This process's terminal: on Unix-like systems one that sets itself up quickly, else Lanterna's choice. */
  private static Terminal createTerminal() throws IOException {
    if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")
        && new java.io.File("/bin/sh").canExecute()) {
      return new RawTerminal(System.in, System.out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
    }
    DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
    factory.setForceTextTerminal(true);
    factory.setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP);
    return factory.createTerminal();
  }

  private static synchronized void stop(TerminalScreen screen, Terminal terminal, PrintStream out) {
    try {
      screen.stopScreen(false);
    } catch (IOException | RuntimeException e) {
      // the terminal may be gone; restoring its settings below still matters
    }
    try {
      terminal.close();
    } catch (IOException | RuntimeException e) {
      // nothing more can be done for a terminal that is gone
    }
    FirstFrame.wrapOn(out);
  }
}
