package dev.descent.cli;

import java.util.Map;

/** Which front end a course command uses: the full-screen UI only on a real, capable terminal. */
enum FrontEnd {
  TEXT, PLAIN;

  /**
   * Plain when asked for, when standard input or output is not a terminal, or when TERM is unset
   * or {@code dumb}; else the full-screen text UI.
   */
  static FrontEnd choose(boolean plainAsked, boolean onTerminal, Map<String, String> env) {
    String term = env.get("TERM");
    if (plainAsked || !onTerminal || term == null || term.isBlank() || term.equals("dumb")) {
      return PLAIN;
    }
    return TEXT;
  }

  /** True when colour is wanted: NO_COLOR, when set to anything but the empty string, turns it off. */
  static boolean colour(Map<String, String> env) {
    String no = env.get("NO_COLOR");
    return no == null || no.isEmpty();
  }
}
