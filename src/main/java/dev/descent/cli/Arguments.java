package dev.descent.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line as it was typed. Java decodes arguments in the locale's encoding, and under the C
 * locale that is ASCII: {@code w²−4w+5} arrives as {@code w??4w+5}, with U+FFFD for each byte it could
 * not read. The launcher avoids that by starting Java under C.UTF-8; for {@code java -jar} under C, on
 * Linux, the arguments are read again, as UTF-8, from {@code /proc/self/cmdline}, and used only when they
 * agree with what Java decoded everywhere Java could decode them.
 */
final class Arguments {
  private static final char UNREAD = '\uFFFD';

  private Arguments() {}

  /** {@code args}, with the characters Java could not decode recovered where that is possible. */
  static String[] asTyped(String[] args) {
    if (!anyUnread(args) || TerminalCharset.isUtf8(System.getProperty("sun.jnu.encoding", "UTF-8"))) {
      return args;
    }
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
      List<String> all = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < raw.length; i++) {
        if (raw[i] == 0) {
          all.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
          start = i + 1;
        }
      }
      if (all.size() < args.length) {
        return args;
      }
      List<String> tail = all.subList(all.size() - args.length, all.size());
      for (int i = 0; i < args.length; i++) {
        if (!agree(args[i], tail.get(i))) {
          return args;
        }
      }
      return tail.toArray(new String[0]);
    } catch (IOException | RuntimeException e) {
      return args;
    }
  }

  private static boolean anyUnread(String[] args) {
    for (String a : args) {
      if (a.indexOf(UNREAD) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code typed} is what Java would have decoded as {@code decoded}: ASCII alike, the rest unread. */
  private static boolean agree(String decoded, String typed) {
    StringBuilder asJava = new StringBuilder();
    byte[] bytes = typed.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      asJava.append(b >= 0 ? (char) b : UNREAD);
    }
    return asJava.toString().equals(decoded);
  }
}
