package dev.descent.lesson.json;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the located JSON reader against Jackson as the reference: on any text, the reader either
 * reads a value or throws {@link JsonSyntaxException}, and it accepts exactly what Jackson (held to the
 * same limits) accepts, with the same values. Texts refused for a limit, which the two count a little
 * differently, are only required to fail cleanly.
 */
class JsonReaderFuzzTest {
  private static final ObjectMapper JACKSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonReader.MAX_DEPTH)
          .maxStringLength(JsonReader.MAX_STRING).maxNumberLength(JsonReader.MAX_NUMBER).build())
      .build());

  @DictionaryEntries({"{", "}", "[", "]", "\"", ":", ",", "true", "false", "null", "\\u00e9", "\\ud83d\\ude00",
      "\\n", "\\\"", "-0", "1e-5", "2.5E+3", "\u03b7", "\u2212"})
  @FuzzTest
  @Timeout(10)
  void readsWhatJacksonReads(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Json ours = null;
    String refusal = null;
    try {
      ours = JsonReader.read(text, (p, m) -> {});
    } catch (JsonSyntaxException e) {
      if (e.pos() == null || e.pos().line() < 1 || e.pos().column() < 1) {
        throw new AssertionError("a refusal without a place: " + e.getMessage());
      }
      refusal = e.getMessage();
    }
    JsonNode reference = jackson(text);
    if (refusal != null) {
      boolean limit = !refusal.startsWith("JSON syntax:") && !refusal.startsWith("unexpected text")
          && !refusal.startsWith("the file is empty");
      if (reference != null && !limit && !jacksonLenientHex(text)) {
        throw new AssertionError("refused what Jackson reads (" + refusal + "): " + text);
      }
      return;
    }
    if (reference == null) {
      throw new AssertionError("read what Jackson refuses: " + text);
    }
    if (!same(ours, reference)) {
      throw new AssertionError("read other values than Jackson: " + text);
    }
  }

  /**
   * True when a {@code \\u} escape has a character outside ASCII among its four digits. Jackson takes
   * only the low byte of such a character, so it reads {@code \\u00e\u0163} (with t-cedilla, U+0163)
   * as {@code \\u00ec}; JSON allows only the hex digits 0-9, a-f and A-F there, and so does descent.
   * The fuzzer found this difference.
   */
  private static boolean jacksonLenientHex(String text) {
    for (int i = text.indexOf("\\u"); i >= 0; i = text.indexOf("\\u", i + 1)) {
      for (int k = i + 2; k < Math.min(text.length(), i + 6); k++) {
        if (text.charAt(k) > 0x7f) {
          return true;
        }
      }
    }
    return false;
  }

  /** Jackson's tree of the whole text, or null when Jackson refuses it (or finds more after the value). */
  private static JsonNode jackson(String text) {
    try (JsonParser p = JACKSON.createParser(text)) {
      if (p.nextToken() == null) {
        return null;
      }
      JsonNode n = JACKSON.readTree(p);
      return p.nextToken() == null ? n : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean same(Json j, JsonNode n) {
    if (j instanceof Json.JObject o) {
      if (!n.isObject() || n.size() != o.members().size()) {
        return false;
      }
      for (Map.Entry<String, Json.Member> m : o.members().entrySet()) {
        if (!n.has(m.getKey()) || !same(m.getValue().value(), n.get(m.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (j instanceof Json.JArray a) {
      if (!n.isArray() || n.size() != a.items().size()) {
        return false;
      }
      Iterator<JsonNode> it = n.elements();
      for (Json item : a.items()) {
        if (!same(item, it.next())) {
          return false;
        }
      }
      return true;
    }
    if (j instanceof Json.JString s) {
      return n.isTextual() && n.textValue().equals(s.value());
    }
    if (j instanceof Json.JNumber x) {
      return n.isNumber() && n.doubleValue() + 0.0 == x.value() + 0.0; // Jackson reads -0 as the integer 0
    }
    if (j instanceof Json.JBool b) {
      return n.isBoolean() && n.booleanValue() == b.value();
    }
    return n.isNull();
  }
}
