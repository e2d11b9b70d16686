package dev.descent.cli;

import dev.descent.progress.DataDirectory;
import dev.descent.progress.ErrorLog;
import dev.descent.render.Cells;
import dev.descent.render.VisibleWriter;
import dev.descent.ui.tui.TerminalLauncher;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The {@code descent} program: parses the command line, runs one command, returns its exit code. */
public final class Main {
  /** Everything went well. */
  public static final int OK = 0;
  /** Wrong or missing answers, or invalid lesson files. */
  public static final int FAILED = 1;
  /** Bad usage: an unknown option, a bad expression, a file that cannot be read. */
  public static final int USAGE = 2;
  /** A bug in descent; the details are in the log file. */
  public static final int INTERNAL = 3;

  private Main() {}

  public static void main(String[] args) {
    System.exit(start(args, System.getenv(), null));
  }

  /**
   * What {@code main} does short of exiting: the crash handler, the arguments as typed, this process's own
   * streams and the environment {@code env}; the text UI runs on {@code terminal} when given, else on this
   * process's terminal. The build's training run comes in here with a virtual terminal, so that the
   * class-data archive holds the classes of the real way in.
   */
  static int start(String[] args, Map<String, String> env, TerminalLauncher.Terminals terminal) {
    Thread.setDefaultUncaughtExceptionHandler(new ToTheLog());
    return run(Arguments.asTyped(args), System.out, System.err, System.in, env, terminal);
  }

  /**
   * Sends a failure on another thread to the error log too, never as a stack trace on the screen. A
   * class rather than a lambda: the first lambda of a run costs the quick commands ~20 ms to link.
   */
  private static final class ToTheLog implements Thread.UncaughtExceptionHandler {
    @Override
    public void uncaughtException(Thread thread, Throwable e) {
      ErrorLog.write(DataDirectory.resolve(null, System.getenv()), e, "on the thread '" + thread.getName() + "'");
    }
  }

  /**
   * Runs one command with its own streams, as tests do; never throws and never exits. Whatever the
   * command prints goes through a {@link VisibleWriter}, so that no control character reaches the
   * terminal raw; on this process's own streams, in plain ASCII when the terminal cannot show UTF-8.
   */
  public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
    return run(args, out, err, in, System.getenv(), null);
  }

  private static int run(String[] args, PrintStream out, PrintStream err, InputStream in, Map<String, String> env,
      TerminalLauncher.Terminals terminal) {
    boolean ascii = (out == System.out || err == System.err) && !TerminalCharset.utf8();
    Cells.showAsciiOnly(ascii);
    PrintWriter o = new PrintWriter(new VisibleWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), ascii), true);
    PrintWriter e = new PrintWriter(new VisibleWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), ascii), true);
    try {
      boolean onTerminal = out == System.out && in == System.in && (Tty.interactive() || terminal != null);
      return Commands.execute(args, o, e, new Console(in, onTerminal, env, terminal));
    } finally {
      o.flush();
      e.flush();
    }
  }
}
