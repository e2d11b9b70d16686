package dev.descent.check.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every reader does first with typed text: bound it, tidy its characters, and quote it in messages. */
final class TypedText {
  /** The longest answer read, in characters. */
  static final int MAX_LENGTH = 2000;
  private static final int QUOTE_LENGTH = 40;
  private static final int NAMES = 5;
  private static final int NAME_LENGTH = 20;
  /** Compiled on first use: most answers never need it, and a quick command would pay for it at start. */
  private static final class LongQuote {
    static final Pattern PATTERN = Pattern.compile("'([^']{" + (QUOTE_LENGTH + 1) + ",})'");
  }

  private TypedText() {}

  /**
   * The typed text with unusual spaces and dashes replaced by plain ones, character for character so
   * that columns stay those the learner sees; null reads as empty.
   *
   * @throws AnswerFormatException when the text is longer than {@link #MAX_LENGTH}
   */
  static String prepare(String typed) {
    if (typed == null) {
      return "";
    }
    if (typed.length() > MAX_LENGTH) {
      throw new AnswerFormatException("your answer is " + typed.length() + " characters long; the limit is "
          + MAX_LENGTH);
    }
    char[] chars = typed.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = plain(chars[i]);
    }
    return new String(chars);
  }

  private static char plain(char c) {
    if (c == '\u2212' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\ufe63' || c == '\uff0d') {
      return '-';
    }
    return readAsSpace(c) ? ' ' : c;
  }

  /**
   * True for a character read as a plain space: no-break and thin spaces from pasted text, and invisible
   * format characters such as a BOM.
   */
  static boolean readAsSpace(char c) {
    return Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
  }

  /** {@code text} in quotes for a message: shortened when long, control characters written as escapes. */
  static String quote(String text) {
    String shown = text.length() > QUOTE_LENGTH ? text.substring(0, QUOTE_LENGTH) + "…" : text;
    StringBuilder sb = new StringBuilder("'");
    for (char c : shown.toCharArray()) {
      if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('\'').toString();
  }

  /** Names for a message, as in "x, y and z": at most {@value #NAMES} of them, each shortened. */
  static String names(List<String> names) {
    List<String> shown = new ArrayList<>();
    for (String n : names.subList(0, Math.min(NAMES, names.size()))) {
      shown.add(n.length() > NAME_LENGTH ? n.substring(0, NAME_LENGTH) + "…" : n);
    }
    if (names.size() > NAMES) {
      shown.add((names.size() - NAMES) + " more");
    }
    if (shown.size() == 1) {
      return shown.get(0);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
  }

  /** A parser message with any long quoted text in it shortened, such as a 2000-letter function name. */
  static String shortenQuotes(String message) {
    return LongQuote.PATTERN.matcher(message).replaceAll(m -> Matcher.quoteReplacement(quote(m.group(1))));
  }

  /** {@code n} and the noun, plural unless n is 1: "1 number", "3 rows". */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether the character at {@code i} sits directly between two digits. */
  static boolean betweenDigits(String text, int i) {
    return i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1));
  }
}
