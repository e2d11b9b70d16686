package dev.descent.lesson.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads JSON text (RFC 8259, nothing more: no comments, no trailing commas, no single quotes) into
 * {@link Json} values that know their line and column. Duplicate keys are reported to a callback (the
 * later value wins); nesting, string length and number length are bounded. Syntax errors say what was
 * expected and what was found, in the words of someone writing a lesson file.
 *
 * <p>Hand-written rather than built on Jackson's streaming parser, which the rest of descent uses for
 * the files it writes itself: every quick command that grades an answer starts by reading one lesson
 * file, and Jackson's first use (its factory, symbol tables and a location object per token) costs more
 * than the whole read here. {@code JsonReaderTest} checks this reader against Jackson on generated
 * documents.
 */
public final class JsonReader {
  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 64;
  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING = 100_000;
  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER = 100;

  private final char[] s;
  private final BiConsumer<Pos, String> duplicates;
  private int i;
  private int line = 1;
  private int lineStart;

  private JsonReader(char[] s, BiConsumer<Pos, String> duplicates) {
    this.s = s;
    this.duplicates = duplicates;
  }

  /**
   * Parses {@code text}; a duplicate key is reported to {@code duplicates} with its place.
   *
   * @throws JsonSyntaxException with the place of the first syntax error
   */
  public static Json read(String text, BiConsumer<Pos, String> duplicates) {
    JsonReader r = new JsonReader(text.toCharArray(), duplicates);
    r.skipSpace();
    if (r.i == r.s.length) {
      throw new JsonSyntaxException("the file is empty; it should hold one JSON object", Pos.START);
    }
    Json value = r.value(0);
    r.skipSpace();
    if (r.i < r.s.length) {
      throw new JsonSyntaxException("unexpected text after the end of the JSON value: " + r.found(), r.here());
    }
    return value;
  }

  private Pos here() {
    return new Pos(line, i - lineStart + 1);
  }

  private void skipSpace() {
    char[] s = this.s;
    int n = s.length;
    while (i < n) {
      char c = s[i];
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '\n') {
        i++;
        line++;
        lineStart = i;
      } else if (c == '\r') {
        i++;
        if (i < n && s[i] == '\n') {
          i++;
        }
        line++;
        lineStart = i;
      } else {
        return;
      }
    }
  }

  private Json value(int depth) {
    Pos at = here();
    char c = s[i];
    switch (c) {
      case '{':
        return object(at, depth + 1);
      case '[':
        return array(at, depth + 1);
      case '"':
        return new Json.JString(at, string());
      case 't':
        literal("true");
        return new Json.JBool(at, true);
      case 'f':
        literal("false");
        return new Json.JBool(at, false);
      case 'n':
        literal("null");
        return new Json.JNull(at);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return new Json.JNumber(at, number(at));
        }
        throw error("expected a value (an object, a list, a string in double quotes, a number, true, false or "
            + "null), found " + found() + hintFor(c));
    }
  }

  private Json.JObject object(Pos at, int depth) {
    checkDepth(depth);
    i++; // {
    Map<String, Json.Member> members = new LinkedHashMap<>();
    skipSpace();
    if (i < s.length && s[i] == '}') {
      i++;
      return new Json.JObject(at, members);
    }
    while (true) {
      if (i == s.length) {
        throw endsInside("object", at);
      }
      if (s[i] != '"') {
        throw error("expected a field name in double quotes, found " + found()
            + (s[i] == '}' ? " (JSON allows no comma before '}')"
                : wordChar(s[i]) ? " (field names are written in double quotes too)" : hintFor(s[i])));
      }
      Pos keyPos = here();
      String key = string();
      skipSpace();
      if (i == s.length) {
        throw endsInside("object", at);
      }
      if (s[i] != ':') {
        throw error("expected ':' after the field name \"" + key + "\", found " + found());
      }
      i++;
      skipSpace();
      if (i == s.length) {
        throw endsInside("object", at);
      }
      Json v = value(depth);
      if (members.containsKey(key)) {
        duplicates.accept(keyPos, "the field \"" + key + "\" appears twice in this object; the later one is used");
      }
      members.put(key, new Json.Member(key, keyPos, v));
      skipSpace();
      if (i == s.length) {
        throw endsInside("object", at);
      }
      if (s[i] == '}') {
        i++;
        return new Json.JObject(at, members);
      }
      if (s[i] != ',') {
        throw error("expected ',' or '}' after the value of \"" + key + "\", found " + found());
      }
      i++;
      skipSpace();
    }
  }

  private Json.JArray array(Pos at, int depth) {
    checkDepth(depth);
    i++; // [
    List<Json> items = new ArrayList<>();
    skipSpace();
    if (i < s.length && s[i] == ']') {
      i++;
      return new Json.JArray(at, items);
    }
    while (true) {
      if (i == s.length) {
        throw endsInside("list", at);
      }
      if (s[i] == ']') {
        throw error("expected a value, found ']' (JSON allows no comma before ']')");
      }
      items.add(value(depth));
      skipSpace();
      if (i == s.length) {
        throw endsInside("list", at);
      }
      if (s[i] == ']') {
        i++;
        return new Json.JArray(at, items);
      }
      if (s[i] != ',') {
        throw error("expected ',' or ']' after an item of the list, found " + found());
      }
      i++;
      skipSpace();
    }
  }

  private void checkDepth(int depth) {
    if (depth > MAX_DEPTH) {
      throw new JsonSyntaxException("the JSON nests deeper than " + MAX_DEPTH + " levels", here());
    }
  }

  /** The string starting at the opening quote at {@code i}; {@code i} ends after the closing quote. */
  private String string() {
    Pos at = here();
    char[] s = this.s;
    int n = s.length;
    int start = ++i;
    // The common case: no escapes, so the string is a slice of the text.
    while (i < n) {
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
    while (i < n) {
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
      if (b.length() > MAX_STRING) {
        checkLength(b.length(), at);
      }
    }
    throw new JsonSyntaxException("JSON syntax: the string that starts here is not closed (the file ends inside it)",
        at);
  }

  private void checkLength(int length, Pos at) {
    if (length > MAX_STRING) {
      throw new JsonSyntaxException("a string is longer than " + MAX_STRING + " characters", at);
    }
  }

  private void escape(StringBuilder b) {
    if (i + 1 >= s.length) {
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
        int code = 0;
        for (int k = 2; k < 6; k++) {
          int d = i + k < s.length ? hexDigit(s[i + k]) : -1;
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

  private double number(Pos at) {
    int start = i;
    int n = s.length;
    if (s[i] == '-') {
      i++;
    }
    if (i == n || s[i] < '0' || s[i] > '9') {
      throw error("expected a digit after '-', found " + found());
    }
    if (s[i] == '0' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
      throw error("a number cannot start with 0 followed by more digits");
    }
    digits();
    if (i < n && s[i] == '.') {
      i++;
      if (i == n || s[i] < '0' || s[i] > '9') {
        throw error("expected a digit after the decimal point, found " + found());
      }
      digits();
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
      i++;
      if (i < n && (s[i] == '+' || s[i] == '-')) {
        i++;
      }
      if (i == n || s[i] < '0' || s[i] > '9') {
        throw error("expected a digit in the exponent, found " + found());
      }
      digits();
    }
    if (i - start > MAX_NUMBER) {
      throw new JsonSyntaxException("a number is written with too many digits", at);
    }
    String text = new String(s, start, i - start);
    double d = Double.parseDouble(text);
    if (!Double.isFinite(d)) {
      throw new JsonSyntaxException("the number " + text + " is too large", at);
    }
    return d;
  }

  private void digits() {
    while (i < s.length && s[i] >= '0' && s[i] <= '9') {
      i++;
    }
  }

  private void literal(String word) {
    int n = word.length();
    if (i + n <= s.length && new String(s, i, n).equals(word) && (i + n == s.length || !wordChar(s[i + n]))) {
      i += n;
      return;
    }
    throw error("expected a value, found " + found() + hintFor(s[i]));
  }

  /** What is at {@code i}, for a message: a word, a character, or the end of the file. */
  private String found() {
    if (i >= s.length) {
      return "the end of the file";
    }
    if (wordChar(s[i])) {
      int end = i;
      while (end < s.length && end - i < 20 && wordChar(s[end])) {
        end++;
      }
      return "'" + new String(s, i, end - i) + "'";
    }
    return "'" + printable(s[i]) + "'";
  }

  private String hintFor(char c) {
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
