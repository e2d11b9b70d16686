package dev.descent.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

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
    int code = run(args, System.out, System.err, System.in);
    System.exit(code);
  }

  /** Runs one command with its own streams, as tests do; never throws and never exits. */
  public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      boolean onTerminal = out == System.out && in == System.in && Tty.interactive();
      return Commands.execute(args, o, e, new Console(in, onTerminal, System.getenv()));
    } finally {
      o.flush();
      e.flush();
    }
  }
}
