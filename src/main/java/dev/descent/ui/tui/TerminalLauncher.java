package dev.descent.ui.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import dev.descent.course.Course;
import dev.descent.ui.LessonChoice;
import dev.descent.ui.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs the text UI on this process's terminal and gives the terminal back as it was (screen,
 * cursor, echo) however the run ends: quit, Ctrl-C, an error, or a signal (through a shutdown hook
 * that saves progress first).
 */
public final class TerminalLauncher {
  private TerminalLauncher() {}

  /**
   * Runs the course full-screen until the learner quits, in the lesson typed (an id or a number)
   * when given; the screen shows before the course is loaded, and progress is saved on every way out.
   * A terminal left without line editing or echo (by an earlier run killed with SIGKILL, which could
   * not restore it) is set back to sane modes first, and the lesson list says so.
   *
   * @throws dev.descent.engine.DescentException when there is no such lesson (after restoring the terminal)
   */
  public static void run(Supplier<Course> course, String learner, Optional<String> lesson, boolean colour,
      Settings settings) throws IOException, InterruptedException {
    FirstFrame.show(System.out);
    // The course loads on a second thread while this one sets the terminal up, which is mostly
    // waiting for the stty process.
    FutureTask<Course> loading = new FutureTask<>(course::get);
    Thread loader = new Thread(loading, "descent: load the course");
    loader.setDaemon(true);
    loader.start();
    Terminal terminal;
    try {
      terminal = createTerminal();
    } catch (IOException | RuntimeException e) {
      FirstFrame.hide(System.out);
      throw e;
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
        stop(screen, terminal);
      }
    }, "descent: save and restore the terminal");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      screen.startScreen();
      TextUi.loading(screen, colour);
      Course loaded = await(loading);
      Optional<String> lessonId = lesson.map(typed -> LessonChoice.require(loaded, typed));
      TextUi ui = new TextUi(loaded, learner, screen, colour, settings);
      if (terminal instanceof RawTerminal raw && raw.wasReset()) {
        ui.notice("The terminal was left in a raw state, as by a run of descent that was killed; it is set "
            + "back, and everything you submitted was saved.");
      }
      running.set(ui);
      EventQueue events = new EventQueue();
      events.listenForResizes(terminal);
      ui.start(lessonId);
      events.readKeys(screen);
      ui.run(events);
    } finally {
      stop(screen, terminal);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or about to; it saves and restores too
      }
    }
  }

  /** The loaded course, or what loading it threw. */
  private static Course await(FutureTask<Course> loading) throws InterruptedException {
    try {
      return loading.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("loading the course failed", e.getCause());
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

  private static synchronized void stop(TerminalScreen screen, Terminal terminal) {
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
  }
}
