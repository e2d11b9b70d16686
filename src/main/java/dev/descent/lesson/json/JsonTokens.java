package dev.descent.lesson.json;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * JSON text (RFC 8259, nothing more: no comments, no trailing commas, no single quotes) as a stream of
 * tokens that know their line and column, read from a text in memory or from a {@link Reader} a buffer at
 * a time, so that a large file is never held whole. A duplicate key is reported to a callback once its
 * value is read; nesting, string length and number length are bounded. Syntax errors say what was
 * expected and what was found, in the words of someone writing a lesson file.
 *
 * <p>Hand-written rather than Jackson's streaming parser, which the rest of descent uses for the files it
 * writes: every quick command that grades an answer starts by reading one lesson file, and a returning
 * learner's lesson list by reading a progress file, and Jackson's first use (its factory, symbol tables
 * and a location object per token) costs more than the whole read here. {@link JsonReader} builds
 * located values from these tokens; {@code JsonReaderTest} checks it against Jackson on generated
 * documents.
 */
public final class JsonTokens {
  /** What a token is. */
  public enum Token { START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, FIELD_NAME, STRING, NUMBER, TRUE, FALSE,
    NULL, END }

  private static final int CHUNK = 8192;

  private final Reader in;
  private final BiConsumer<Pos, String> duplicates;
  private char[] s;
  private int i;
  private int limit;
  /** Where s[0] stands in the whole text. */
  private long base;
  private int line = 1;
  private long lineStart;
  /** The first character a refill must keep, or -1 for none before {@code i}. */
  private int mark = -1;

  private Container open;
  private int depth;
  private boolean started;
  private Token token;
  private Pos pos = Pos.START;
  private String text;
  private boolean integral;
  private double number;

  /** An object or list being read: where it opened, what comes next in it, and an object's keys so far. */
  private static final class Container {
    final Container outer;
    final boolean object;
    final Pos at;
    final Set<String> keys;
    /** 0: just opened; 1: a key was read, its value is next; 2: after a value. */
    int state;
    String key;
    Pos keyPos;
    boolean duplicate;

    Container(Container outer, boolean object, Pos at) {
      this.outer = outer;
      this.object = object;
      this.at = at;
      this.keys = object ? new HashSet<>() : null;
    }
  }

  private JsonTokens(char[] s, int limit, Reader in, BiConsumer<Pos, String> duplicates) {
    this.s = s;
    this.limit = limit;
    this.in = in;
    this.duplicates = duplicates;
  }

  /** The tokens of {@code text}; a duplicate key is reported to {@code duplicates} with its place. */
  public static JsonTokens of(String text, BiConsumer<Pos, String> duplicates) {
    char[] chars = text.toCharArray();
    return new JsonTokens(chars, chars.length, null, duplicates);
  }

  /**
   * The tokens of what {@code in} gives, read a buffer at a time; a duplicate key is reported to {@code
   * duplicates}. A failure to read surfaces as an {@link UncheckedIOException} from {@link #next}.
   */
  public static JsonTokens of(Reader in, BiConsumer<Pos, String> duplicates) {
    return new JsonTokens(new char[CHUNK], 0, in, duplicates);
  }

  /** True when nothing but blanks is left to read: before the first token, an empty text. */
  public boolean blank() {
    skipSpace();
    return i == limit;
  }

  /**
   * Reads the next token; {@link Token#END} once the value is whole and only blanks follow.
   *
   * @throws JsonSyntaxException with the place of the first syntax error
   */
  public Token next() {
    token = advance();
    return token;
  }

  /** The token read last. */
  public Token token() {
    return token;
  }

  /** Where the token read last starts. */
  public Pos pos() {
    return pos;
  }

  /** A field name's or a string's text. */
  public String text() {
    return text;
  }

  /** A number's text as written, such as {@code -1.5e3}. */
  public String numberText() {
    return text;
  }

  /** A number's value. */
  public double number() {
    return number;
  }

  /** True when the number is written without a fraction or an exponent, such as {@code 42}. */
  public boolean integral() {
    return integral;
  }

  /** How many objects and lists are open around the token read last. */
  public int depth() {
    return depth;
  }

  private Token advance() {
    Container c = open;
    if (c == null) {
      skipSpace();
      if (!started) {
        started = true;
        if (i == limit) {
          throw new JsonSyntaxException("the file is empty; it should hold one JSON object", Pos.START);
        }
        return value(null);
      }
      if (token == Token.END) {
        return Token.END;
      }
      if (i < limit) {
        throw new JsonSyntaxException("unexpected text after the end of the JSON value: " + found(), here());
      }
      return Token.END;
    }
    return c.object ? inObject(c) : inList(c);
  }

  private Token inObject(Container c) {
    if (c.state == 1) {
      return value(c);
    }
    skipSpace();
    if (c.state == 0) {
      if (i < limit && s[i] == '}') {
        return close(c, Token.END_OBJECT);
      }
    } else {
      if (i == limit) {
        throw endsInside("object", c.at);
      }
      if (s[i] == '}') {
        return close(c, Token.END_OBJECT);
      }
      if (s[i] != ',') {
        throw error("expected ',' or '}' after the value of \"" + c.key + "\", found " + found());
      }
      i++;
      skipSpace();
    }
    if (i == limit) {
      throw endsInside("object", c.at);
    }
    if (s[i] != '"') {
      throw error("expected a field name in double quotes, found " + found()
          + (s[i] == '}' ? " (JSON allows no comma before '}')"
              : wordChar(s[i]) ? " (field names are written in double quotes too)" : hintFor(s[i])));
    }
    Pos keyPos = here();
    String key = string();
    skipSpace();
    if (i == limit) {
      throw endsInside("object", c.at);
    }
    if (s[i] != ':') {
      throw error("expected ':' after the field name \"" + key + "\", found " + found());
    }
    i++;
    skipSpace();
    if (i == limit) {
      throw endsInside("object", c.at);
    }
    c.key = key;
    c.keyPos = keyPos;
    c.duplicate = !c.keys.add(key);
    c.state = 1;
    pos = keyPos;
    text = key;
    return Token.FIELD_NAME;
  }

  private Token inList(Container c) {
    skipSpace();
    if (c.state == 0) {
      if (i < limit && s[i] == ']') {
        return close(c, Token.END_ARRAY);
      }
    } else {
      if (i == limit) {
        throw endsInside("list", c.at);
      }
      if (s[i] == ']') {
        return close(c, Token.END_ARRAY);
      }
      if (s[i] != ',') {
        throw error("expected ',' or ']' after an item of the list, found " + found());
      }
      i++;
      skipSpace();
    }
    if (i == limit) {
      throw endsInside("list", c.at);
    }
    if (s[i] == ']') {
      throw error("expected a value, found ']' (JSON allows no comma before ']')");
    }
    return value(c);
  }

  private Token close(Container c, Token end) {
    pos = here();
    i++;
    open = c.outer;
    depth--;
    valueRead(open);
    return end;
  }

  /** A value in {@code c} (null: the top level) is read whole: a duplicate key before it is reported now. */
  private void valueRead(Container c) {
    if (c == null) {
      return;
    }
    c.state = 2;
    if (c.duplicate) {
      c.duplicate = false;
      duplicates.accept(c.keyPos, "the field \"" + c.key + "\" appears twice in this object; the later one is used");
    }
  }

  private Token value(Container c) {
    Pos at = here();
    pos = at;
    char ch = s[i];
    switch (ch) {
      case '{':
      case '[':
        if (depth + 1 > JsonReader.MAX_DEPTH) {
          throw new JsonSyntaxException("the JSON nests deeper than " + JsonReader.MAX_DEPTH + " levels", here());
        }
        i++;
        depth++;
        open = new Container(c, ch == '{', at);
        return ch == '{' ? Token.START_OBJECT : Token.START_ARRAY;
      case '"':
        text = string();
        valueRead(c);
        return Token.STRING;
      case 't':
        literal("true");
        valueRead(c);
        return Token.TRUE;
      case 'f':
        literal("false");
        valueRead(c);
        return Token.FALSE;
      case 'n':
        literal("null");
        valueRead(c);
        return Token.NULL;
      default:
        if (ch == '-' || (ch >= '0' && ch <= '9')) {
          number(at);
          valueRead(c);
          return Token.NUMBER;
        }
        throw error("expected a value (an object, a list, a string in double quotes, a number, true, false or "
            + "null), found " + found() + hintFor(ch));
    }
  }

  // ---- the text, a buffer at a time -----------------------------------------------------------------

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

  private Pos here() {
    return new Pos(line, (int) (base + i - lineStart + 1));
  }

  private void skipSpace() {
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
  private String string() {
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

  private void number(Pos at) {
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

  private void literal(String word) {
    int n = word.length();
    boolean whole = ensure(n) && new String(s, i, n).equals(word);
    if (whole && (!ensure(n + 1) || !wordChar(s[i + n]))) {
      i += n;
      return;
    }
    throw error("expected a value, found " + found() + hintFor(s[i]));
  }

  /** What is at {@code i}, for a message: a word, a character, or the end of the file. */
  private String found() {
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

  private static String hintFor(char c) {
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

  private static boolean wordChar(char c) {
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

  private JsonSyntaxException error(String message) {
    return new JsonSyntaxException("JSON syntax: " + message, here());
  }

  private JsonSyntaxException endsInside(String what, Pos opened) {
    return new JsonSyntaxException("JSON syntax: the file ends before the " + what + " opened at line "
        + opened.line() + ", column " + opened.column() + " is closed", here());
  }
}
