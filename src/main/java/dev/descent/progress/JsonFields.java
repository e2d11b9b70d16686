package dev.descent.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One JSON object of a progress file, read strictly: a wrong type or an unknown field is an error that
 * names its place as a JSON Pointer, such as {@code /lessons/gd-1/questions/q2/attempts}; a missing field
 * takes its default.
 */
final class JsonFields {
  private final JsonNode node;
  private final String path;

  private JsonFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The object at {@code path}, whose field names must all be among {@code known}. */
  static JsonFields of(JsonNode node, String path, Set<String> known) throws CorruptProgressException {
    JsonFields fields = keyedById(node, path);
    for (String name : fields.names()) {
      if (!known.contains(name)) {
        throw new CorruptProgressException(fields.pathOf(name) + " is not a field descent knows");
      }
    }
    return fields;
  }

  /** The object at {@code path} whose field names are ids (of lessons, questions or mistakes). */
  static JsonFields keyedById(JsonNode node, String path) throws CorruptProgressException {
    if (!node.isObject()) {
      throw wrong(path, "an object", node);
    }
    return new JsonFields(node, path);
  }

  /** The field names, in file order. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
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
  JsonNode get(String name) {
    return node.get(name);
  }

  /** A whole number from 0 up; 0 when missing. */
  int count(String name) throws CorruptProgressException {
    JsonNode v = node.get(name);
    if (v == null) {
      return 0;
    }
    if (!v.isInt() || v.intValue() < 0) {
      throw wrong(pathOf(name), "a whole number from 0 up", v);
    }
    return v.intValue();
  }

  /** True or false; false when missing. */
  boolean flag(String name) throws CorruptProgressException {
    JsonNode v = node.get(name);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      throw wrong(pathOf(name), "true or false", v);
    }
    return v.booleanValue();
  }

  /** A string; null when missing. */
  String text(String name) throws CorruptProgressException {
    JsonNode v = node.get(name);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw wrong(pathOf(name), "a string", v);
    }
    return v.textValue();
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
    JsonNode v = node.get(name);
    return v == null ? new JsonFields(JsonNodeFactory.instance.objectNode(), pathOf(name)) : keyedById(v, pathOf(name));
  }

  /** Says that the value at {@code path} should have been something else, quoting the start of it. */
  static CorruptProgressException wrong(String path, String expected, JsonNode found) {
    String shown = found.toString();
    if (shown.length() > 40) {
      shown = shown.substring(0, 40) + "...";
    }
    return new CorruptProgressException((path.isEmpty() ? "the top level" : path) + " should be " + expected
        + ", not " + shown);
  }
}
