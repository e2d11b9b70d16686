package dev.descent.lesson.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The located JSON reader. Generated documents are written together with the line and column where
 * each value starts, so the expected places come from the writer, not from the reader; their values
 * are also read by Jackson, the reference parser.
 */
class JsonReaderTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  // ---- generated documents ------------------------------------------------------------------------

  /** Writes a random document, remembering where each value starts (in document order). */
  private static final class Writer {
    final Random rnd;
    final StringBuilder text = new StringBuilder();
    final List<Pos> starts = new ArrayList<>();
    int line = 1;
    int lineStart;

    Writer(long seed) {
      rnd = new Random(seed);
    }

    void put(String s) {
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        boolean afterCr = text.length() > 0 && text.charAt(text.length() - 1) == '\r';
        text.append(c);
        if (c == '\r' || (c == '\n' && !afterCr)) {
          line++; // "\r\n" is one line break, "\r" and "\n" alone are one each
        }
        if (c == '\r' || c == '\n') {
          lineStart = text.length();
        }
      }
    }

    void space() {
      String[] spaces = {"", "", " ", "  ", "\t", "\n", "\r\n", "\n    ", "\r", " \n\t "};
      put(spaces[rnd.nextInt(spaces.length)]);
    }

    Pos here() {
      return new Pos(line, text.length() - lineStart + 1);
    }

    /** Writes a value and returns what it means (Map, List, String, Double, Boolean or null). */
    Object value(int depth) {
      int kind = depth >= 5 ? 2 + rnd.nextInt(4) : rnd.nextInt(6);
      starts.add(here());
      switch (kind) {
        case 0 -> {
          Map<String, Object> m = new LinkedHashMap<>();
          put("{");
          int n = rnd.nextInt(4);
          for (int k = 0; k < n; k++) {
            space();
            String key = "k" + k + randomText(3);
            put(quote(key));
            space();
            put(":");
            space();
            m.put(key, value(depth + 1));
            space();
            if (k < n - 1) {
              put(",");
            }
          }
          space();
          put("}");
          return m;
        }
        case 1 -> {
          List<Object> l = new ArrayList<>();
          put("[");
          int n = rnd.nextInt(4);
          for (int k = 0; k < n; k++) {
            space();
            l.add(value(depth + 1));
            space();
            if (k < n - 1) {
              put(",");
            }
          }
          space();
          put("]");
          return l;
        }
        case 2 -> {
          String s = randomText(rnd.nextInt(12));
          put(quote(s));
          return s;
        }
        case 3 -> {
          String written = randomNumber();
          put(written);
          return Double.parseDouble(written);
        }
        case 4 -> {
          boolean b = rnd.nextBoolean();
          put(String.valueOf(b));
          return b;
        }
        default -> {
          put("null");
          return null;
        }
      }
    }

    String randomText(int n) {
      String alphabet = "abc xyz019_-η−²·é\"\\/\b\f\n\r\t\u0001\u2028😀";
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < n; k++) {
        int at = rnd.nextInt(alphabet.length());
        char c = alphabet.charAt(at);
        if (Character.isHighSurrogate(c)) {
          b.append(c).append(alphabet.charAt(at + 1));
        } else if (!Character.isLowSurrogate(c)) {
          b.append(c);
        }
      }
      return b.toString();
    }

    /** JSON for s, with a random choice of escapes where JSON allows one. */
    String quote(String s) {
      StringBuilder b = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\b' -> b.append("\\b");
          case '\f' -> b.append("\\f");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          case '/' -> b.append(rnd.nextBoolean() ? "\\/" : "/");
          default -> {
            if (c < 0x20 || rnd.nextInt(8) == 0) {
              b.append(String.format(rnd.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
            } else {
              b.append(c);
            }
          }
        }
      }
      return b.append('"').toString();
    }

    String randomNumber() {
      StringBuilder b = new StringBuilder();
      if (rnd.nextBoolean()) {
        b.append('-');
      }
      b.append(rnd.nextInt(4) == 0 ? "0" : String.valueOf(1 + rnd.nextInt(99999)));
      if (rnd.nextBoolean()) {
        b.append('.').append(rnd.nextInt(1000));
      }
      if (rnd.nextInt(3) == 0) {
        b.append(rnd.nextBoolean() ? 'e' : 'E').append(new String[] {"", "+", "-"}[rnd.nextInt(3)])
            .append(rnd.nextInt(300));
      }
      return b.toString();
    }
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(k -> 0x5EEDL * 31 + k);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedDocumentsReadAsWritten(long seed) throws Exception {
    Writer w = new Writer(seed);
    w.space();
    Object expected = w.value(0);
    w.space();
    String text = w.text.toString();

    Json read = JsonReader.read(text, (p, m) -> {
      throw new AssertionError("no duplicates were written: " + m);
    });

    assertThat(plain(read)).as(text).isEqualTo(expected);
    List<Pos> places = new ArrayList<>();
    collectPlaces(read, places);
    assertThat(places).as(text).isEqualTo(w.starts);
    // Jackson reads "-0" as the integer 0, so the sign of zero is left out of that comparison.
    assertThat(withoutSignedZero(plain(read))).as("Jackson reads the same values from %s", text)
        .isEqualTo(withoutSignedZero(plain(JACKSON.readTree(text))));
  }

  private static Object plain(Json j) {
    if (j instanceof Json.JObject o) {
      Map<String, Object> m = new LinkedHashMap<>();
      o.members().forEach((k, v) -> m.put(k, plain(v.value())));
      return m;
    }
    if (j instanceof Json.JArray a) {
      List<Object> l = new ArrayList<>();
      a.items().forEach(v -> l.add(plain(v)));
      return l;
    }
    if (j instanceof Json.JString s) {
      return s.value();
    }
    if (j instanceof Json.JNumber n) {
      return n.value();
    }
    if (j instanceof Json.JBool b) {
      return b.value();
    }
    return null;
  }

  private static Object withoutSignedZero(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(k, withoutSignedZero(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      return l.stream().map(JsonReaderTest::withoutSignedZero).toList();
    }
    return v instanceof Double d ? d + 0.0 : v;
  }

  private static Object plain(JsonNode n) {
    if (n.isObject()) {
      Map<String, Object> m = new LinkedHashMap<>();
      n.fields().forEachRemaining(e -> m.put(e.getKey(), plain(e.getValue())));
      return m;
    }
    if (n.isArray()) {
      List<Object> l = new ArrayList<>();
      n.forEach(v -> l.add(plain(v)));
      return l;
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    return null;
  }

  private static void collectPlaces(Json j, List<Pos> out) {
    out.add(j.pos());
    if (j instanceof Json.JObject o) {
      o.members().values().forEach(m -> collectPlaces(m.value(), out));
    } else if (j instanceof Json.JArray a) {
      a.items().forEach(v -> collectPlaces(v, out));
    }
  }

  // ---- places of keys and duplicates --------------------------------------------------------------

  @Test
  void keysKnowWhereTheyAreAndDuplicatesAreReportedThere() {
    List<String> reported = new ArrayList<>();
    Json.JObject o = (Json.JObject) JsonReader.read("{\n  \"a\": 1,\n  \"b\": [true, null],\n  \"a\": \"two\"\n}",
        (p, m) -> reported.add(p.line() + ":" + p.column() + " " + m));

    assertThat(o.members().get("b").keyPos()).isEqualTo(new Pos(3, 3));
    assertThat(o.get("b").pos()).isEqualTo(new Pos(3, 8));
    assertThat(((Json.JArray) o.get("b")).items().get(1).pos()).isEqualTo(new Pos(3, 15));
    assertThat(((Json.JString) o.get("a")).value()).isEqualTo("two");
    assertThat(reported).containsExactly("4:3 the field \"a\" appears twice in this object; the later one is used");
  }

  @Test
  void numbersAreReadAsJsonWritesThem() {
    assertThat(number("0")).isZero();
    assertThat(number("-0.5")).isEqualTo(-0.5);
    assertThat(number("1e3")).isEqualTo(1000.0);
    assertThat(number("2.5E-2")).isEqualTo(0.025);
    assertThat(number("1e-400")).isZero();
  }

  private static double number(String text) {
    return ((Json.JNumber) JsonReader.read(text, (p, m) -> {})).value();
  }

  // ---- what is not JSON ---------------------------------------------------------------------------

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("", "1:1", "the file is empty"),
        Arguments.of("  \n ", "1:1", "the file is empty"),
        Arguments.of("{\"a\": 1,}", "1:9", "no comma before '}'"),
        Arguments.of("[1, 2,]", "1:7", "no comma before ']'"),
        Arguments.of("{\"a\" 1}", "1:6", "expected ':' after the field name \"a\", found '1'"),
        Arguments.of("{'a': 1}", "1:2", "double quotes"),
        Arguments.of("{\"a\": True}", "1:7", "found 'True'"),
        Arguments.of("{\"a\": yes}", "1:7", "a text value needs double quotes"),
        Arguments.of("{\"a\": 1 // note\n}", "1:9", "expected ',' or '}' after the value of \"a\", found '/'"),
        Arguments.of("{\"a\": /* x */ 1}", "1:7", "JSON has no comments"),
        Arguments.of("{\"a\": \"open", "1:7", "not closed (the file ends inside it)"),
        Arguments.of("{\"a\": \"two\nlines\"}", "1:11", "a line break inside a string is written \\n"),
        Arguments.of("[\"tab\there\"]", "1:6", "\\u0009"),
        Arguments.of("[\"\\q\"]", "1:3", "'\\q' is not an escape"),
        Arguments.of("[\"\\u12g4\"]", "1:3", "four hex digits"),
        Arguments.of("[\"\\u0\u0663ee\"]", "1:3", "four hex digits"),
        Arguments.of("[01]", "1:2", "cannot start with 0"),
        Arguments.of("[-]", "1:3", "expected a digit after '-'"),
        Arguments.of("[1.]", "1:4", "after the decimal point"),
        Arguments.of("[1e+]", "1:5", "in the exponent"),
        Arguments.of("[+1]", "1:2", "found '+'"),
        Arguments.of("[1e400]", "1:2", "the number 1e400 is too large"),
        Arguments.of("{\"a\": 1} {", "1:10", "unexpected text after the end of the JSON value"),
        Arguments.of("{\n  \"a\": [1, 2\n", "3:1", "the file ends before the list opened at line 2, column 8 is closed"),
        Arguments.of("{\"a\":", "1:6", "the file ends before the object opened at line 1, column 1 is closed"),
        Arguments.of("[truex]", "1:2", "found 'truex'"),
        Arguments.of("[\u00a0]", "1:2", "U+00A0"),
        Arguments.of("[1" + "0".repeat(120) + "]", "1:2", "a number is written with too many digits"));
  }

  @ParameterizedTest
  @MethodSource("broken")
  void brokenTextIsReportedWithItsPlace(String text, String place, String message) {
    assertThatThrownBy(() -> JsonReader.read(text, (p, m) -> {}))
        .isInstanceOfSatisfying(JsonSyntaxException.class, e -> {
          assertThat(e.pos().line() + ":" + e.pos().column()).as("place of %s", e.getMessage()).isEqualTo(place);
          assertThat(e.getMessage()).contains(message);
        });
  }

  @Test
  void nestingIsBoundedAtSixtyFourLevels() {
    String ok = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
    assertThat(JsonReader.read(ok, (p, m) -> {})).isInstanceOf(Json.JArray.class);

    String deep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);
    assertThatThrownBy(() -> JsonReader.read(deep, (p, m) -> {}))
        .hasMessage("the JSON nests deeper than 64 levels");
    String hostile = "[".repeat(1_000_000);
    assertThatThrownBy(() -> JsonReader.read(hostile, (p, m) -> {}))
        .hasMessage("the JSON nests deeper than 64 levels");
  }

  @Test
  void stringsAreBounded() {
    String fits = "x".repeat(JsonReader.MAX_STRING);
    assertThat(((Json.JString) JsonReader.read("\"" + fits + "\"", (p, m) -> {})).value()).hasSize(JsonReader.MAX_STRING);
    assertThatThrownBy(() -> JsonReader.read("\"" + fits + "x\"", (p, m) -> {}))
        .hasMessage("a string is longer than 100000 characters");
    assertThatThrownBy(() -> JsonReader.read("\"\\n" + fits + "\"", (p, m) -> {}))
        .hasMessage("a string is longer than 100000 characters");
  }
}
