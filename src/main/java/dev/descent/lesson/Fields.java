package dev.descent.lesson;

import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.Json.JObject;
import dev.descent.lesson.json.Pos;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one JSON object: every field must be one the format lists (an unknown one is
 * reported with the closest known name), required ones must be there, and each must have its type.
 * Problems go to the diagnostics; the reader returns what it could read and keeps going.
 */
public final class Fields {
  private final JObject object;
  private final Diagnostics diags;
  private final String what;

  private Fields(JObject object, Diagnostics diags, String what) {
    this.object = object;
    this.diags = diags;
    this.what = what;
  }

  /** A reader for {@code object}, reporting fields not in {@code allowed}. */
  public static Fields of(JObject object, Diagnostics diags, String what, Collection<String> allowed) {
    for (Json.Member m : object.members().values()) {
      if (!allowed.contains(m.key())) {
        diags.error(m.keyPos(), unknownField(m.key(), what, allowed));
      }
    }
    return new Fields(object, diags, what);
  }

  /** The message for a field the format does not know. */
  static String unknownField(String key, String what, Collection<String> allowed) {
    String near = Suggest.closest(key, allowed);
    StringBuilder sb = new StringBuilder("unknown field \"" + key + "\" in " + what);
    if (near != null) {
      sb.append("; did you mean \"").append(near).append("\"?");
    } else {
      sb.append(" (known: ").append(String.join(", ", new java.util.TreeSet<>(allowed))).append(')');
    }
    return sb.toString();
  }

  /** The object being read. */
  public JObject object() {
    return object;
  }

  /** Where the object starts. */
  public Pos pos() {
    return object.pos();
  }

  /** The raw value of {@code key}, or null. */
  public Json raw(String key) {
    return object.get(key);
  }

  /** True when the field is present. */
  public boolean has(String key) {
    return object.has(key);
  }

  /** A required string, or null (reported) when missing or not a non-empty string. */
  public String string(String key) {
    Json v = object.get(key);
    if (v == null) {
      diags.error(object.pos(), what + " needs \"" + key + "\"");
      return null;
    }
    return asString(key, v);
  }

  /** An optional string. */
  public Optional<String> optionalString(String key) {
    Json v = object.get(key);
    return v == null ? Optional.empty() : Optional.ofNullable(asString(key, v));
  }

  private String asString(String key, Json v) {
    if (v instanceof Json.JString s) {
      if (s.value().isBlank()) {
        diags.error(v.pos(), "\"" + key + "\" must not be empty");
        return null;
      }
      return s.value();
    }
    diags.error(v.pos(), "\"" + key + "\" must be a string, not " + v.typeName());
    return null;
  }

  /** An optional number. */
  public Optional<Double> optionalNumber(String key) {
    Json v = object.get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Json.JNumber n) {
      return Optional.of(n.value());
    }
    diags.error(v.pos(), "\"" + key + "\" must be a number, not " + v.typeName());
    return Optional.empty();
  }

  /** An optional true/false, {@code fallback} when absent. */
  public boolean bool(String key, boolean fallback) {
    Json v = object.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Json.JBool b) {
      return b.value();
    }
    diags.error(v.pos(), "\"" + key + "\" must be true or false, not " + v.typeName());
    return fallback;
  }

  /** An optional object. */
  public Optional<JObject> optionalObject(String key) {
    Json v = object.get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof JObject o) {
      return Optional.of(o);
    }
    diags.error(v.pos(), "\"" + key + "\" must be an object, not " + v.typeName());
    return Optional.empty();
  }

  /** An optional list, empty when absent. */
  public List<Json> list(String key) {
    Json v = object.get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof Json.JArray a) {
      return a.items();
    }
    diags.error(v.pos(), "\"" + key + "\" must be a list, not " + v.typeName());
    return List.of();
  }

  /**
   * Paragraphs: a string or a list of strings; empty when absent. An empty paragraph is reported
   * when {@code nonEmpty}.
   */
  public List<String> paragraphs(String key) {
    Json v = object.get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof Json.JString s) {
      return List.of(s.value());
    }
    List<String> out = new ArrayList<>();
    for (Json item : list(key)) {
      if (item instanceof Json.JString s) {
        out.add(s.value());
      } else {
        diags.error(item.pos(), "each paragraph of \"" + key + "\" must be a string, not " + item.typeName());
      }
    }
    return out;
  }

  /** A required value among {@code choices}. */
  public String oneOf(String key, Set<String> choices) {
    String s = string(key);
    if (s != null && !choices.contains(s)) {
      String near = Suggest.closest(s, choices);
      diags.error(object.get(key).pos(), "\"" + key + "\" must be one of " + String.join(", ", new java.util.TreeSet<>(choices))
          + ", not \"" + s + "\"" + (near == null ? "" : "; did you mean \"" + near + "\"?"));
      return null;
    }
    return s;
  }
}
