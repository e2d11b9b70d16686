package dev.descent.cli;

import dev.descent.ui.tui.TerminalLauncher;
import java.io.InputStream;
import java.util.Map;

/**
 * What a command knows of the world it runs in: standard input, whether input and output are this
 * process's terminal, the environment, and the terminal the text UI runs on (null for this process's own;
 * the build's training run gives a virtual one).
 */
record Console(InputStream in, boolean onTerminal, Map<String, String> env, TerminalLauncher.Terminals terminal) {
  Console {
    env = Map.copyOf(env);
  }

  /** A console whose text UI, if any, runs on this process's terminal. */
  Console(InputStream in, boolean onTerminal, Map<String, String> env) {
    this(in, onTerminal, env, null);
  }
}
