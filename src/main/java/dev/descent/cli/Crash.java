package dev.descent.cli;

import dev.descent.progress.DataDirectory;
import dev.descent.progress.ErrorLog;
import dev.descent.render.Visible;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one crash policy of every command: a bug in descent (anything but a message for the user) is
 * written with its stack trace to {@code descent-errors.log} in the data folder, and the user reads
 * one line saying so and where, never a stack trace; the exit code is {@link Main#INTERNAL}.
 */
final class Crash {
  /** How much of the command line the log quotes. */
  private static final int QUOTED = 300;

  private Crash() {}

  /**
   * Reports {@code t}, met while running {@code args}, with the log in the data folder that
   * {@code --data-dir} or the environment names.
   */
  static int report(Throwable t, String[] args, Map<String, String> env, PrintWriter err) {
    return report(t, "running " + commandLine(args), DataDirectory.resolve(dataDirOption(args), env), err);
  }

  private static Path dataDirOption(String[] args) {
    for (int i = 0; i < args.length; i++) {
      try {
        if (args[i].startsWith("--data-dir=")) {
          return Path.of(args[i].substring("--data-dir=".length()));
        }
        if (args[i].equals("--data-dir") && i + 1 < args.length) {
          return Path.of(args[i + 1]);
        }
      } catch (java.nio.file.InvalidPathException e) {
        return null;
      }
    }
    return null;
  }

  /** Reports {@code t}, met while {@code doing} something, with the log in {@code dataDir}. */
  static int report(Throwable t, String doing, Path dataDir, PrintWriter err) {
    Path log = ErrorLog.write(dataDir, t, doing);
    err.println(log == null
        ? "descent stopped after an unexpected error (" + t.getClass().getSimpleName() + "), and could not write "
            + "the details to " + Visible.inline(dataDir.resolve(ErrorLog.NAME).toString())
        : "descent stopped after an unexpected error; the details are in " + Visible.inline(log.toString()));
    err.flush();
    return Main.INTERNAL;
  }

  private static String commandLine(String[] args) {
    StringBuilder sb = new StringBuilder("descent");
    for (String a : args) {
      sb.append(' ').append(a);
      if (sb.length() > QUOTED) {
        return Visible.inline(sb.substring(0, QUOTED)) + "…";
      }
    }
    return Visible.inline(sb.toString());
  }
}
