package dev.descent.lesson.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads JSON text (RFC 8259, nothing more) into {@link Json} values that know their line and column,
 * from the tokens of {@link JsonTokens}: duplicate keys are reported to a callback (the later value
 * wins); nesting, string length and number length are bounded; syntax errors say what was expected and
 * what was found, in the words of someone writing a lesson file.
 */
public final class JsonReader {
  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 64;
  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING = 100_000;
  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER = 100;

  private final JsonTokens tokens;

  private JsonReader(JsonTokens tokens) {
    this.tokens = tokens;
  }

  /**
   * Parses {@code text}; a duplicate key is reported to {@code duplicates} with its place.
   *
   * @throws JsonSyntaxException with the place of the first syntax error
   */
  public static Json read(String text, BiConsumer<Pos, String> duplicates) {
    JsonReader r = new JsonReader(JsonTokens.of(text, duplicates));
    Json value = r.value(r.tokens.next());
    r.tokens.next(); // the end, or a message about what follows it
    return value;
  }

  private Json value(JsonTokens.Token t) {
    Pos at = tokens.pos();
    switch (t) {
      case START_OBJECT: {
        Map<String, Json.Member> members = new LinkedHashMap<>();
        while (tokens.next() == JsonTokens.Token.FIELD_NAME) {
          String key = tokens.text();
          Pos keyPos = tokens.pos();
          members.put(key, new Json.Member(key, keyPos, value(tokens.next())));
        }
        return new Json.JObject(at, members);
      }
      case START_ARRAY: {
        List<Json> items = new ArrayList<>();
        for (JsonTokens.Token item = tokens.next(); item != JsonTokens.Token.END_ARRAY; item = tokens.next()) {
          items.add(value(item));
        }
        return new Json.JArray(at, items);
      }
      case STRING:
        return new Json.JString(at, tokens.text());
      case NUMBER:
        return new Json.JNumber(at, tokens.number());
      case TRUE:
        return new Json.JBool(at, true);
      case FALSE:
        return new Json.JBool(at, false);
      default:
        return new Json.JNull(at);
    }
  }
}
