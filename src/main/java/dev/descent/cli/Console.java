package dev.descent.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * What a command knows of the world it runs in: standard input, whether input and output are this
 * process's terminal, and the environment.
 */
record Console(InputStream in, boolean onTerminal, Map<String, String> env) {
  Console {
    env = Map.copyOf(env);
  }
}
