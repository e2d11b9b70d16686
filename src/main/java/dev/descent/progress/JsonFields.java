package dev.descent.progress;

import dev.descent.lesson.json.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * One JSON object of a progress file, read strictly: a wrong type or an unknown field is an error that
 * names its place as a JSON Pointer, such as {@code /lessons/gd-1/questions/q2/attempts}; a missing field
 * takes its default. The file is read by descent's own JSON reader ({@link dev.descent.lesson.json.JsonReader}),
 * whose first use costs a fraction of Jackson's data binding: it decides how soon a returning
 * learner's lesson list shows.
 */
final class JsonFields {
  private final Json.JObject node;
  private final String path;

  private JsonFields(Json.JObject node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The object at {@code path}, whose field names must all be among {@code known}. */
  static JsonFields of(Json node, String path, Set<String> known) throws CorruptProgressException {
    JsonFields fields = keyedById(node, path);
    for (String name : fields.names()) {
      if (!known.contains(name)) {
        throw new CorruptProgressException(fields.pathOf(name) + " is not a field descent knows");
      }
    }
    return fields;
  }

  /** The object at {@code path} whose field names are ids (of lessons, questions or mistakes). */
  static JsonFields keyedById(Json node, String path) throws CorruptProgressException {
    if (!(node instanceof Json.JObject object)) {
      throw wrong(path, "an object", node);
    }
    return new JsonFields(object, path);
  }

  /** The field names, in file order. */
  List<String> names() {
    return new ArrayList<>(node.members().keySet());
  }

  /** The JSON Pointer of a field. */
  String pathOf(String name) {
    return path + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** True when the field is present. */
  boolean has(String name) {
    return node.has(name);
  }

  /** The field's value, or null when it is missing. */
  Json get(String name) {
    return node.get(name);
  }

  /** A whole number from 0 up (to the largest int); 0 when missing. */
  int count(String name) throws CorruptProgressException {
    Json v = node.get(name);
    if (v == null) {
      return 0;
    }
    if (!(v instanceof Json.JNumber n) || n.value() < 0 || n.value() > Integer.MAX_VALUE
        || n.value() != Math.rint(n.value())) {
      throw wrong(pathOf(name), "a whole number from 0 up", v);
    }
    return (int) n.value();
  }

  /** True or false; false when missing. */
  boolean flag(String name) throws CorruptProgressException {
    Json v = node.get(name);
    if (v == null) {
      return false;
    }
    if (!(v instanceof Json.JBool b)) {
      throw wrong(pathOf(name), "true or false", v);
    }
    return b.value();
  }

  /** A string; null when missing. */
  String text(String name) throws CorruptProgressException {
    Json v = node.get(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Json.JString s)) {
      throw wrong(pathOf(name), "a string", v);
    }
    return s.value();
  }

  /** An ISO-8601 instant such as {@code 2025-01-31T09:30:00Z}; null when missing. */
  Instant instant(String name) throws CorruptProgressException {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw wrong(pathOf(name), "a time such as 2025-01-31T09:30:00Z", node.get(name));
    }
  }

  /** The object held by a field, keyed by ids; empty when missing. */
  JsonFields idsIn(String name) throws CorruptProgressException {
    Json v = node.get(name);
    return v == null ? new JsonFields(new Json.JObject(node.pos(), new LinkedHashMap<>()), pathOf(name))
        : keyedById(v, pathOf(name));
  }

  /** Says that the value at {@code path} should have been something else, quoting the start of it. */
  static CorruptProgressException wrong(String path, String expected, Json found) {
    StringBuilder sb = new StringBuilder();
    compact(found, sb);
    String shown = sb.length() > 40 ? sb.substring(0, 40) + "..." : sb.toString();
    return new CorruptProgressException((path.isEmpty() ? "the top level" : path) + " should be " + expected
        + ", not " + shown);
  }

  /** {@code v} as compact JSON, such as {@code [1,2]} or {@code "two"}, stopping soon after 40 characters. */
  private static void compact(Json v, StringBuilder sb) {
    if (sb.length() > 41) {
      return;
    }
    if (v instanceof Json.JString s) {
      sb.append('"');
      for (char c : s.value().toCharArray()) {
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      sb.append('"');
    } else if (v instanceof Json.JNumber n) {
      double d = n.value();
      sb.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
    } else if (v instanceof Json.JBool b) {
      sb.append(b.value());
    } else if (v instanceof Json.JArray a) {
      sb.append('[');
      for (int i = 0; i < a.items().size() && sb.length() <= 41; i++) {
        sb.append(i == 0 ? "" : ",");
        compact(a.items().get(i), sb);
      }
      sb.append(']');
    } else if (v instanceof Json.JObject o) {
      sb.append('{');
      boolean first = true;
      for (Json.Member m : o.members().values()) {
        if (sb.length() > 41) {
          break;
        }
        sb.append(first ? "" : ",");
        first = false;
        compact(new Json.JString(m.keyPos(), m.key()), sb);
        sb.append(':');
        compact(m.value(), sb);
      }
      sb.append('}');
    } else {
      sb.append("null");
    }
  }
}
