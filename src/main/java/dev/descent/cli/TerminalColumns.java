package dev.descent.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The width of the terminal that plain mode prints to, for wrapping prose at word boundaries. */
final class TerminalColumns {
  /** Used when the terminal does not say. */
  static final int FALLBACK = 80;

  private TerminalColumns() {}

  /** {@code COLUMNS} when set to a number, else what {@code stty size} says of the terminal, else 80. */
  static int of(Map<String, String> env) {
    Integer columns = parse(env.get("COLUMNS"));
    if (columns != null) {
      return columns;
    }
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return FALLBACK;
    }
    try {
      Process p = new ProcessBuilder("stty", "size").redirectInput(tty).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return FALLBACK;
      }
      String[] parts = out.split("\\s+");
      Integer stty = parts.length == 2 ? parse(parts[1]) : null;
      return stty != null ? stty : FALLBACK;
    } catch (IOException e) {
      return FALLBACK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FALLBACK;
    }
  }

  /** A usable column count (20 to 1000), or null. */
  static Integer parse(String s) {
    if (s == null || s.isBlank() || s.strip().length() > 4 || !s.strip().chars().allMatch(Character::isDigit)) {
      return null;
    }
    int n = Integer.parseInt(s.strip());
    return n >= 20 && n <= 1000 ? n : null;
  }
}
