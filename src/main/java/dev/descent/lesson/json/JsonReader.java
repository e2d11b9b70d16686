package dev.descent.lesson.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads JSON text into {@link Json} values that know their line and column. Duplicate keys are
 * reported to a callback (the later value wins); sizes and nesting are bounded.
 */
public final class JsonReader {
  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 64;
  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING = 100_000;

  // No buffer recycling: files are read once, and the recycler's set-up costs start-up time.
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .recyclerPool(com.fasterxml.jackson.core.util.JsonRecyclerPools.nonRecyclingPool())
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_STRING)
          .maxNumberLength(100)
          .build())
      .build();

  private final JsonParser parser;
  private final BiConsumer<Pos, String> duplicates;

  private JsonReader(JsonParser parser, BiConsumer<Pos, String> duplicates) {
    this.parser = parser;
    this.duplicates = duplicates;
  }

  /**
   * Parses {@code text}; a duplicate key is reported to {@code duplicates} with its place.
   *
   * @throws JsonSyntaxException with the place of the first syntax error
   */
  public static Json read(String text, BiConsumer<Pos, String> duplicates) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonReader r = new JsonReader(p, duplicates);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new JsonSyntaxException("the file is empty; it should hold one JSON object", Pos.START);
      }
      Json value = r.value(first);
      JsonToken extra = p.nextToken();
      if (extra != null) {
        throw new JsonSyntaxException("unexpected text after the end of the JSON value", pos(p.currentTokenLocation()));
      }
      return value;
    } catch (StreamConstraintsException e) {
      throw new JsonSyntaxException(limitMessage(e), pos(e.getLocation()));
    } catch (JsonParseException e) {
      throw new JsonSyntaxException(syntaxMessage(e), pos(e.getLocation()));
    } catch (IOException e) {
      throw new JsonSyntaxException("could not read the JSON: " + e.getMessage(), Pos.START);
    }
  }

  private Json value(JsonToken t) throws IOException {
    Pos at = pos(parser.currentTokenLocation());
    switch (t) {
      case START_OBJECT -> {
        Map<String, Json.Member> members = new LinkedHashMap<>();
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          Pos keyPos = pos(parser.currentTokenLocation());
          Json v = value(parser.nextToken());
          if (members.containsKey(key)) {
            duplicates.accept(keyPos, "the field \"" + key + "\" appears twice in this object; the later one is used");
          }
          members.put(key, new Json.Member(key, keyPos, v));
        }
        if (next != JsonToken.END_OBJECT) {
          throw new JsonSyntaxException("unexpected " + next + " in an object", pos(parser.currentTokenLocation()));
        }
        return new Json.JObject(at, members);
      }
      case START_ARRAY -> {
        List<Json> items = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (next == null) {
            throw new JsonSyntaxException("the list is not closed", at);
          }
          items.add(value(next));
        }
        return new Json.JArray(at, items);
      }
      case VALUE_STRING -> {
        return new Json.JString(at, parser.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        double d = parser.getDoubleValue();
        if (!Double.isFinite(d)) {
          throw new JsonSyntaxException("the number " + parser.getText() + " is too large", at);
        }
        return new Json.JNumber(at, d);
      }
      case VALUE_TRUE -> {
        return new Json.JBool(at, true);
      }
      case VALUE_FALSE -> {
        return new Json.JBool(at, false);
      }
      case VALUE_NULL -> {
        return new Json.JNull(at);
      }
      default -> throw new JsonSyntaxException("unexpected " + t, at);
    }
  }

  private static Pos pos(JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return Pos.START;
    }
    return new Pos(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
  }

  private static String syntaxMessage(JsonParseException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "this is not valid JSON";
    }
    // Jackson's messages are precise but mention Java; keep the part a JSON author understands.
    int cut = m.indexOf(" at [Source");
    m = cut > 0 ? m.substring(0, cut) : m;
    m = m.replace("Unexpected character", "unexpected character")
        .replace("Unexpected end-of-input", "the file ends too early")
        .replace("(code ", "(character code ");
    int nl = m.indexOf('\n');
    return "JSON syntax: " + (nl > 0 ? m.substring(0, nl) : m);
  }

  private static String limitMessage(StreamConstraintsException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (m.contains("depth")) {
      return "the JSON nests deeper than " + MAX_DEPTH + " levels";
    }
    if (m.contains("String value length")) {
      return "a string is longer than " + MAX_STRING + " characters";
    }
    if (m.contains("Number value length")) {
      return "a number is written with too many digits";
    }
    return "the JSON is too large: " + m;
  }
}
