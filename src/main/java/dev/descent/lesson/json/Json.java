package dev.descent.lesson.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON value that remembers where it was written, so every message can point at it. */
public sealed interface Json permits Json.JObject, Json.JArray, Json.JString, Json.JNumber, Json.JBool, Json.JNull {

  /** Where the value starts. */
  Pos pos();

  /** The JSON type in words, for messages ("an object", "a number"). */
  String typeName();

  /** An object member: its key, where the key is, and the value. */
  record Member(String key, Pos keyPos, Json value) {}

  /** An object; members keep their written order. */
  record JObject(Pos pos, Map<String, Member> members) implements Json {
    public JObject {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    @Override public String typeName() { return "an object"; }

    /** The value of {@code key}, or null. */
    public Json get(String key) {
      Member m = members.get(key);
      return m == null ? null : m.value();
    }

    /** True when the object has {@code key}. */
    public boolean has(String key) {
      return members.containsKey(key);
    }

    /** This object with the members of {@code defaults} added where this one lacks them. */
    public JObject withDefaults(JObject defaults) {
      if (defaults == null) {
        return this;
      }
      Map<String, Member> merged = new LinkedHashMap<>(defaults.members());
      merged.putAll(members);
      return new JObject(pos, merged);
    }
  }

  /** An array. */
  record JArray(Pos pos, List<Json> items) implements Json {
    public JArray {
      items = List.copyOf(items);
    }

    @Override public String typeName() { return "a list"; }
  }

  /** A string. */
  record JString(Pos pos, String value) implements Json {
    @Override public String typeName() { return "a string"; }
  }

  /** A number. */
  record JNumber(Pos pos, double value) implements Json {
    @Override public String typeName() { return "a number"; }
  }

  /** true or false. */
  record JBool(Pos pos, boolean value) implements Json {
    @Override public String typeName() { return "true or false"; }
  }

  /** null. */
  record JNull(Pos pos) implements Json {
    @Override public String typeName() { return "null"; }
  }
}
