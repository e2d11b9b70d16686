package dev.descent.lesson.json;

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
 * documents. The scanning of the characters themselves (strings, numbers, places) is {@link JsonScanner}'s.
 */
public final class JsonTokens extends JsonScanner {
  /** What a token is. */
  public enum Token { START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, FIELD_NAME, STRING, NUMBER, TRUE, FALSE,
    NULL, END }

  private static final int CHUNK = 8192;

  private final BiConsumer<Pos, String> duplicates;
  private Container open;
  private int depth;
  private boolean started;
  private Token token;
  private Pos pos = Pos.START;

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
    super(s, limit, in);
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
}
