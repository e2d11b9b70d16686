package dev.descent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard input and output are a terminal, as {@code System.console() != null} says, but
 * read from {@code /proc/self/fd} where there is one: building a {@link java.io.Console} compiles
 * the regular expressions of a {@link java.util.Formatter}, which cost the text UI's first screen
 * 15 to 45 ms on a busy machine.
 */
final class Tty {
  private Tty() {}

  /** True when both standard input and standard output are a terminal. */
  static boolean interactive() {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return System.console() != null;
    }
    return terminal(fds.resolve("0")) && terminal(fds.resolve("1"));
  }

  private static boolean terminal(Path fd) {
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
