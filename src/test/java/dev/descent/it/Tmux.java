package dev.descent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A detached tmux session on its own server socket, driven with send-keys and read with capture-pane. */
final class Tmux implements AutoCloseable {
  private final String socket = "descent-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
  private final String session = "e2e";
  private final Path socketFile;

  /** Starts {@code command} (a shell command line) in a new 80×24 session. */
  Tmux(String command, int columns, int rows) {
    tmux("new-session", "-d", "-s", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows), command);
    socketFile = Path.of(tmux("display-message", "-p", "-t", session, "#{socket_path}").strip());
  }

  /** True when the tmux program can be run here. */
  static boolean available() {
    try {
      Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Presses keys by tmux name: "Enter", "Right", "Escape", "BSpace", "C-c", or a letter. */
  void keys(String... keys) {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
    args.addAll(List.of(keys));
    tmux(args.toArray(String[]::new));
  }

  /** Types {@code text} literally, so that "-0.2" is text and not a tmux option. */
  void type(String text) {
    tmux("send-keys", "-t", session, "-l", "--", text);
  }

  /** The screen's text now. */
  String screen() {
    return tmux("capture-pane", "-p", "-t", session);
  }

  /** A tmux format of the session's pane, such as {@code #{cursor_y}} or {@code #{alternate_on}}. */
  String display(String format) {
    return tmux("display-message", "-p", "-t", session, format);
  }

  /**
   * Waits until {@code text} shows on the screen and the screen has settled, and returns it; fails with the
   * screen after the timeout. Settled: two captures 40 ms apart agree (at most a second more), so that a
   * frame caught half drawn, its top rows new and the rest still the last frame's, is never returned.
   */
  String waitFor(String text, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    String screen = screen();
    while (!screen.contains(text)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("'" + text + "' did not show within " + timeout.toSeconds() + " s; the screen:\n"
            + screen);
      }
      pause(100);
      screen = screen();
    }
    long settle = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    for (String last = ""; !screen.equals(last) && System.nanoTime() < settle; ) {
      last = screen;
      pause(40);
      String next = screen();
      screen = next.contains(text) ? next : last;
    }
    return screen;
  }

  /**
   * Stops the server, waits until the program in the pane has exited (a shell writes its history into
   * HOME as it goes, which may be a test's temporary folder that is about to be deleted), and removes
   * the socket file, which tmux leaves behind.
   */
  @Override
  public void close() {
    long pane = -1;
    try {
      pane = Long.parseLong(display("#{pane_pid}").strip());
    } catch (AssertionError | NumberFormatException alreadyGone) {
      // the session ended: nothing is left running in it
    }
    try {
      tmux("kill-server");
    } catch (AssertionError alreadyGone) {
      // the session ended and took the server with it
    }
    if (pane > 0) {
      ProcessHandle.of(pane).ifPresent(p -> p.onExit().completeOnTimeout(p, 3, TimeUnit.SECONDS).join());
    }
    try {
      Files.deleteIfExists(socketFile);
    } catch (IOException e) {
      // a stale socket file in the temporary directory does no harm
    }
  }

  private String tmux(String... args) {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("tmux failed: " + command + "\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
