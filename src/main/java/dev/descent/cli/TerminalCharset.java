package dev.descent.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Whether the terminal descent prints to shows UTF-8. The JVM reads the locale (LC_ALL, LC_CTYPE,
 * LANG) when it starts and reports its encoding as {@code native.encoding}; the launcher, which
 * starts the JVM under C.UTF-8 when the locale is C or POSIX (so that arguments and file names are
 * read correctly), says so with {@code -Ddescent.ascii=true}.
 */
final class TerminalCharset {
  /** The property the launcher sets when the terminal's own locale cannot show UTF-8. */
  static final String ASCII_PROPERTY = "descent.ascii";

  private TerminalCharset() {}

  /** True when the terminal shows UTF-8; false means descent prints plain ASCII. */
  static boolean utf8() {
    if (Boolean.getBoolean(ASCII_PROPERTY)) {
      return false;
    }
    return isUtf8(System.getProperty("native.encoding", System.getProperty("file.encoding", "UTF-8")));
  }

  /** True when {@code name} names UTF-8 (as {@code UTF-8}, {@code utf8} or an alias Java knows). */
  static boolean isUtf8(String name) {
    try {
      return Charset.forName(name).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
