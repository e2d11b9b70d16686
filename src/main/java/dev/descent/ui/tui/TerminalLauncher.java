package dev.descent.ui.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import dev.descent.course.Course;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Runs the text UI on this process's terminal and gives the terminal back as it was (screen,
 * cursor, echo) however the run ends: quit, Ctrl-C, an error, or a signal (through a shutdown hook
 * that saves progress first).
 */
public final class TerminalLauncher {
  private TerminalLauncher() {}

  /** Runs the course full-screen until the learner quits; progress is saved on every way out. */
  public static void run(Course course, String learner, Optional<String> lessonId, boolean colour)
      throws IOException, InterruptedException {
    DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
    factory.setForceTextTerminal(true);
    factory.setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP);
    Terminal terminal = factory.createTerminal();
    TerminalScreen screen = new TerminalScreen(terminal);
    TextUi ui = new TextUi(course, learner, screen, colour);
    Thread hook = new Thread(() -> {
      try {
        ui.save();
      } finally {
        stop(screen, terminal);
      }
    }, "descent: save and restore the terminal");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      screen.startScreen();
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
