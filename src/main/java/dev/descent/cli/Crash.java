package dev.descent.cli;

import java.io.PrintWriter;

/** Reports a bug in descent in one line, never as a stack trace on the learner's screen. */
final class Crash {
  private Crash() {}

  static int report(Throwable t, PrintWriter err) {
    err.println("descent: internal error (" + t.getClass().getSimpleName() + "); please report it with the "
        + "command you ran");
    return Main.INTERNAL;
  }
}
