package dev.descent.lesson.json;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The characters of JSON text with their line and column, from a text in memory or from a {@link Reader}
 * a buffer at a time: blanks, strings with their escapes, numbers and the literals, and the messages of
 * the syntax errors found on the way. {@link JsonTokens} reads its tokens with it.
 *
 * <p>A superclass rather than a field of {@link JsonTokens}, so that the token reader reaches the buffer
 * through its own fields, as it did when the two were one class: lesson and progress files are read at
 * start-up, in the interpreter, where every call and every indirection per character is paid in full.
 */
abstract class JsonScanner {
  final Reader in;
  char[] s;
  int i;
  int limit;
  /** Where s[0] stands in the whole text. */
  long base;
  int line = 1;
  long lineStart;
  /** The first character a refill must keep, or -1 for none before {@code i}. */
  int mark = -1;

  /** The text of the string or number read last. */
  String text;
  /** True when the number read last is written without a fraction or an exponent. */
  boolean integral;
  /** The value of the number read last. */
  double number;

  JsonScanner(char[] s, int limit, Reader in) {
    this.s = s;
    this.limit = limit;
    this.in = in;
  }

  /**
   * Makes at least {@code n} characters from {@code i} readable when the input has them, keeping those
   * from {@code mark} on; false at the end of the input.
   */
  private boolean ensure(int n) {
    if (i + n <= limit) {
      return true;
    }
    if (in == null) {
      return false;
    }
    int keep = mark >= 0 ? Math.min(mark, i) : i;
    if (keep > 0) {
      System.arraycopy(s, keep, s, 0, limit - keep);
      base += keep;
      limit -= keep;
      i -= keep;
      if (mark >= 0) {
        mark -= keep;
      }
    }
    try {
      while (i + n > limit) {
        if (limit == s.length) {
          s = java.util.Arrays.copyOf(s, Math.max(s.length * 2, i + n));
        }
        int got = in.read(s, limit, s.length - limit);
        if (got < 0) {
          return false;
        }
        limit += got;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  final Pos here() {
    return new Pos(line, (int) (base + i - lineStart + 1));
  }

  final void skipSpace() {
    while (i < limit || ensure(1)) {
      char c = s[i];
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '\n') {
        i++;
        line++;
        lineStart = base + i;
      } else if (c == '\r') {
        i++;
        if (ensure(1) && s[i] == '\n') {
          i++;
        }
        line++;
        lineStart = base + i;
      } else {
        return;
      }
    }
  }

  /** The string starting at the opening quote at {@code i}; {@code i} ends after the closing quote. */
  final String string() {
    Pos at = here();
    int start = ++i;
    // The common case: no escapes, and the string within the buffer, so it is a slice of it.
    while (i < limit) {
      char c = s[i];
      if (c == '"') {
        checkLength(i - start, at);
        return new String(s, start, i++ - start);
      }
      if (c == '\\' || c < 0x20) {
        break;
      }
      i++;
    }
    StringBuilder b = new StringBuilder(i - start + 16).append(s, start, i - start);
    while (i < limit || ensure(1)) {
      char c = s[i];
      if (c == '"') {
        i++;
        checkLength(b.length(), at);
        return b.toString();
      }
      if (c == '\\') {
        escape(b);
      } else if (c < 0x20) {
        throw error(c == '\n' || c == '\r' ? "the string is not closed on its line (a line break inside a "
            + "string is written \\n)" : "a control character (code " + (int) c + ") inside a string must be "
            + "written as an escape such as \\t or \\u00" + hex2(c));
      } else {
        b.append(c);
        i++;
      }
      if (b.length() > JsonReader.MAX_STRING) {
        checkLength(b.length(), at);
      }
    }
    throw new JsonSyntaxException("JSON syntax: the string that starts here is not closed (the file ends inside it)",
        at);
  }

  private static void checkLength(int length, Pos at) {
    if (length > JsonReader.MAX_STRING) {
      throw new JsonSyntaxException("a string is longer than " + JsonReader.MAX_STRING + " characters", at);
    }
  }

  private void escape(StringBuilder b) {
    if (!ensure(2)) {
      i++;
      throw error("the string is not closed (the file ends inside it)");
    }
    char e = s[i + 1];
    switch (e) {
      case '"', '\\', '/' -> b.append(e);
      case 'b' -> b.append('\b');
      case 'f' -> b.append('\f');
      case 'n' -> b.append('\n');
      case 'r' -> b.append('\r');
      case 't' -> b.append('\t');
      case 'u' -> {
        ensure(6);
        int code = 0;
        for (int k = 2; k < 6; k++) {
          int d = i + k < limit ? hexDigit(s[i + k]) : -1;
          if (d < 0) {
            throw error("\\u must be followed by four hex digits, as in \\u03b7");
          }
          code = code * 16 + d;
        }
        b.append((char) code);
        i += 6;
        return;
      }
      default -> throw error("'\\" + printable(e) + "' is not an escape JSON knows; a backslash itself is "
          + "written \\\\");
    }
    i += 2;
  }

  /** The value of an ASCII hex digit, or -1 (Character.digit would also take digits of other scripts). */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  final void number(Pos at) {
    mark = i;
    try {
      if (s[i] == '-') {
        i++;
      }
      if (!ensure(1) || s[i] < '0' || s[i] > '9') {
        throw error("expected a digit after '-', found " + found());
      }
      if (s[i] == '0' && ensure(2) && s[i + 1] >= '0' && s[i + 1] <= '9') {
        throw error("a number cannot start with 0 followed by more digits");
      }
      digits();
      integral = true;
      if (ensure(1) && s[i] == '.') {
        integral = false;
        i++;
        if (!ensure(1) || s[i] < '0' || s[i] > '9') {
          throw error("expected a digit after the decimal point, found " + found());
        }
        digits();
      }
      if (ensure(1) && (s[i] == 'e' || s[i] == 'E')) {
        integral = false;
        i++;
        if (ensure(1) && (s[i] == '+' || s[i] == '-')) {
          i++;
        }
        if (!ensure(1) || s[i] < '0' || s[i] > '9') {
          throw error("expected a digit in the exponent, found " + found());
        }
        digits();
      }
      if (i - mark > JsonReader.MAX_NUMBER) {
        throw new JsonSyntaxException("a number is written with too many digits", at);
      }
      text = new String(s, mark, i - mark);
    } finally {
      mark = -1;
    }
    number = Double.parseDouble(text);
    if (!Double.isFinite(number)) {
      throw new JsonSyntaxException("the number " + text + " is too large", at);
    }
  }

  private void digits() {
    while ((i < limit || ensure(1)) && s[i] >= '0' && s[i] <= '9') {
      i++;
    }
  }

  final void literal(String word) {
    int n = word.length();
    boolean whole = ensure(n) && new String(s, i, n).equals(word);
    if (whole && (!ensure(n + 1) || !wordChar(s[i + n]))) {
      i += n;
      return;
    }
    throw error("expected a value, found " + found() + hintFor(s[i]));
  }

  /** What is at {@code i}, for a message: a word, a character, or the end of the file. */
  final String found() {
    if (!ensure(1)) {
      return "the end of the file";
    }
    if (wordChar(s[i])) {
      ensure(20);
      int end = i;
      while (end < limit && end - i < 20 && wordChar(s[end])) {
        end++;
      }
      return "'" + new String(s, i, end - i) + "'";
    }
    return "'" + printable(s[i]) + "'";
  }

  static String hintFor(char c) {
    if (c == '\'') {
      return " (JSON strings are written in double quotes)";
    }
    if (wordChar(c)) {
      return " (a text value needs double quotes; true, false and null are written in lower case)";
    }
    if (c == '/') {
      return " (JSON has no comments)";
    }
    return "";
  }

  static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static String printable(char c) {
    if (c < 0x20 || c == 0x7f || (c > 0x7f && (Character.isSpaceChar(c) || Character.isISOControl(c)))) {
      return String.format("U+%04X", (int) c);
    }
    return String.valueOf(c);
  }

  private static String hex2(char c) {
    String h = Integer.toHexString(c);
    return h.length() == 1 ? "0" + h : h;
  }

  final JsonSyntaxException error(String message) {
    return new JsonSyntaxException("JSON syntax: " + message, here());
  }

  final JsonSyntaxException endsInside(String what, Pos opened) {
    return new JsonSyntaxException("JSON syntax: the file ends before the " + what + " opened at line "
        + opened.line() + ", column " + opened.column() + " is closed", here());
  }
}
