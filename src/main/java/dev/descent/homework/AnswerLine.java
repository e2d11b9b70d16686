package dev.descent.homework;

/**
 * The shapes a line of an answer file can have, recognised by hand rather than by regular expressions:
 * compiling the expressions cost every {@code descent check} several milliseconds, more than reading
 * the whole file. Each method describes its shape as the regular expression it is equal to
 * ({@code AnswerLineTest} holds them to it); {@code \s} is {@code [ \t\n\x0B\f\r]}, an id is
 * {@code [\p{L}\p{N}_-]+}, and letters in words match either case (ASCII only).
 */
final class AnswerLine {
  private static final String[] HEADERS = {"set", "student", "name", "course"};

  private AnswerLine() {}

  /** A header, {@code \s*(set|student|name|course)\s*[:=]\s*(.*)}: its name in lower case and its value; else null. */
  static String[] header(String line) {
    int i = spaces(line, 0);
    for (String name : HEADERS) {
      int end = word(line, i, name);
      if (end < 0) {
        continue;
      }
      int sep = spaces(line, end);
      if (sep < line.length() && (line.charAt(sep) == ':' || line.charAt(sep) == '=')) {
        return new String[] {name, line.substring(spaces(line, sep + 1))};
      }
    }
    return null;
  }

  /** An answer, {@code \s*(ID(?:\.ID)+)\s*[:=]\s*(.*)}: the question id and the answer; else null. */
  static String[] answer(String line) {
    int start = spaces(line, 0);
    int end = id(line, start);
    if (end == start) {
      return null;
    }
    int dots = 0;
    while (end < line.length() && line.charAt(end) == '.') {
      int next = id(line, end + 1);
      if (next == end + 1) {
        break;
      }
      end = next;
      dots++;
    }
    if (dots == 0) {
      return null;
    }
    int sep = spaces(line, end);
    if (sep < line.length() && (line.charAt(sep) == ':' || line.charAt(sep) == '=')) {
      return new String[] {line.substring(start, end), line.substring(spaces(line, sep + 1))};
    }
    return null;
  }

  /**
   * A question id and an answer with only spaces between them,
   * {@code \s*(\p{L}[\p{L}\p{N}_-]*\.ID)\s+(\S.*)}: the id and the answer; else null. Ids start with a
   * letter, so table rows never have this shape.
   */
  static String[] withoutSeparator(String line) {
    int start = spaces(line, 0);
    if (start == line.length() || !Character.isLetter(line.codePointAt(start))) {
      return null;
    }
    int dot = id(line, start);
    if (dot == line.length() || line.charAt(dot) != '.') {
      return null;
    }
    int end = id(line, dot + 1);
    if (end == dot + 1) {
      return null;
    }
    int rest = spaces(line, end);
    if (rest == end || rest == line.length()) {
      return null;
    }
    return new String[] {line.substring(start, end), line.substring(rest)};
  }

  /** A word and a separator, {@code \s*(\p{L}+)\s*[:=].*}: the word; else null. */
  static String wordField(String line) {
    int start = spaces(line, 0);
    int end = start;
    while (end < line.length() && Character.isLetter(line.codePointAt(end))) {
      end += Character.charCount(line.codePointAt(end));
    }
    int sep = spaces(line, end);
    if (end > start && sep < line.length() && (line.charAt(sep) == ':' || line.charAt(sep) == '=')) {
      return line.substring(start, end);
    }
    return null;
  }

  /** A table row with a step number and nothing else, {@code \s*(?:step\s*)?\d{0,9}\s*:?\s*}. */
  static boolean stepOnly(String line) {
    int i = spaces(line, 0);
    int afterWord = word(line, i, "step");
    if (afterWord >= 0) {
      i = spaces(line, afterWord);
    }
    int digits = 0;
    while (i < line.length() && digits < 9 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
      i++;
      digits++;
    }
    i = spaces(line, i);
    if (i < line.length() && line.charAt(i) == ':') {
      i = spaces(line, i + 1);
    }
    return i == line.length();
  }

  /** The index after the spaces from {@code i}. */
  private static int spaces(String s, int i) {
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The index after {@code word} written at {@code i} in either case (ASCII letters), or -1. */
  private static int word(String s, int i, String word) {
    if (i + word.length() > s.length()) {
      return -1;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = s.charAt(i + k);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != word.charAt(k)) {
        return -1;
      }
    }
    return i + word.length();
  }

  /** The index after the id characters ({@code [\p{L}\p{N}_-]}) from {@code i}. */
  private static int id(String s, int i) {
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isIdChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static boolean isIdChar(int cp) {
    return cp == '_' || cp == '-' || Character.isLetter(cp) || isNumber(cp);
  }

  /** A number in Unicode's sense, {@code \p{N}}: a digit of any script, a Roman numeral, a superscript, a fraction. */
  static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
