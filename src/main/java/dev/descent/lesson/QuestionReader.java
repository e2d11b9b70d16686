package dev.descent.lesson;

import dev.descent.check.Tolerance;
import dev.descent.check.input.Option;
import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.Json.JObject;
import dev.descent.problem.Computation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a question of a problem page: its kind, prompt, hints, tolerance, points, the options of a
 * choice or the grid of a table, and its answer, which {@link ComputationReader} reads.
 */
final class QuestionReader {
  private static final Set<String> QUESTION = Set.of("id", "kind", "prompt", "answer", "hints", "explain", "tolerance",
      "points", "choices", "multiple", "columns", "rows");
  private static final Set<String> KINDS = Set.copyOf(QuestionKind.ids());

  private final Diagnostics d;

  QuestionReader(Diagnostics d) {
    this.d = d;
  }

  /**
   * The question of {@code item}, or null (reported); {@code with} is the problem's shared parameters and
   * {@code ids} collects the question ids seen on the page.
   */
  QuestionSpec question(Json item, JObject with, Scope scope, Set<String> ids) {
    if (!(item instanceof JObject o)) {
      d.error(item.pos(), "each question is an object, not " + item.typeName());
      return null;
    }
    Fields f = Fields.of(o, d, "a question", QUESTION);
    String id = LessonLoader.id(f, "id", d);
    if (id != null && !ids.add(id)) {
      d.error(f.raw("id").pos(), "a second question with the id \"" + id + "\" in this problem; ids must be unique");
    }
    String kindName = f.oneOf("kind", KINDS);
    QuestionKind kind = kindName == null ? null : QuestionKind.named(kindName);
    String prompt = f.string("prompt");
    if (prompt != null) {
      Placeholders.check(prompt, f.raw("prompt").pos(), scope);
    }
    List<String> hints = new ArrayList<>();
    Json rawHints = f.raw("hints");
    if (rawHints instanceof Json.JArray a) {
      for (Json h : a.items()) {
        if (h instanceof Json.JString s && !s.value().isBlank()) {
          hints.add(s.value());
          Placeholders.check(s.value(), s.pos(), scope);
        } else {
          d.error(h.pos(), "an empty hint; write the hint, or remove it");
        }
      }
    } else if (rawHints != null) {
      d.error(rawHints.pos(), "\"hints\" is a list of strings");
    }
    String explain = f.optionalString("explain").orElse(null);
    Tolerance tolerance = tolerance(f);
    double points = f.optionalNumber("points").orElse(1.0);
    if (!(points >= 0) || points > 1000) {
      d.error(f.raw("points").pos(), "\"points\" must be between 0 and 1000");
    }
    List<Option> choices = choices(f, kind, scope);
    boolean multiple = f.bool("multiple", false);
    List<String> columns = null;
    int[] rows = null;
    if (kind == QuestionKind.TABLE) {
      columns = strings(f, "columns");
      rows = rows(f);
    } else {
      for (String k : List.of("columns", "rows")) {
        if (f.has(k)) {
          d.error(f.raw(k).pos(), "\"" + k + "\" is for table questions only");
        }
      }
    }
    if (kind != QuestionKind.CHOICE && (f.has("choices") || f.has("multiple"))) {
      d.error(f.raw(f.has("choices") ? "choices" : "multiple").pos(), "\"choices\" and \"multiple\" are for choice questions only");
    }
    Optional<JObject> answer = f.optionalObject("answer");
    if (answer.isEmpty() && !f.has("answer")) {
      d.error(o.pos(), "a question needs \"answer\": { \"compute\": … }");
    }
    if (kind == null || id == null || prompt == null || answer.isEmpty()) {
      return null;
    }
    QuestionFacts facts = new QuestionFacts(kind, choices, multiple, columns == null ? List.of() : columns, rows);
    Computation c = ComputationReader.read(answer.get(), with, facts, scope);
    if (c == null) {
      return null;
    }
    return new QuestionSpec(id, kind, prompt, c, hints, explain, tolerance, points, choices, multiple, columns, rows,
        o.pos());
  }

  private Tolerance tolerance(Fields f) {
    Optional<JObject> t = f.optionalObject("tolerance");
    if (t.isEmpty()) {
      return Tolerance.DEFAULT;
    }
    Fields tf = Fields.of(t.get(), d, "\"tolerance\"", Set.of("relative", "absolute", "digits"));
    if (t.get().members().size() != 1) {
      d.error(t.get().pos(), "\"tolerance\" has exactly one of relative, absolute or digits");
      return Tolerance.DEFAULT;
    }
    try {
      if (tf.has("relative")) {
        return Tolerance.relative(tf.optionalNumber("relative").orElse(1e-3));
      }
      if (tf.has("absolute")) {
        return Tolerance.absolute(tf.optionalNumber("absolute").orElse(1e-8));
      }
      double digits = tf.optionalNumber("digits").orElse(3.0);
      if (digits != Math.rint(digits)) {
        d.error(tf.raw("digits").pos(), "\"digits\" is a whole number");
        return Tolerance.DEFAULT;
      }
      return Tolerance.digits((int) digits);
    } catch (DescentException | IllegalArgumentException e) {
      d.error(t.get().pos(), "\"tolerance\": " + e.getMessage());
      return Tolerance.DEFAULT;
    }
  }

  private List<Option> choices(Fields f, QuestionKind kind, Scope scope) {
    List<Option> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Json item : f.list("choices")) {
      if (!(item instanceof JObject o)) {
        d.error(item.pos(), "each choice is { \"id\": \"a\", \"text\": \"…\", \"reason\": \"…\" }");
        continue;
      }
      Fields cf = Fields.of(o, d, "a choice", Set.of("id", "text", "reason"));
      String id = LessonLoader.id(cf, "id", d);
      String text = cf.string("text");
      if (id != null && !ids.add(id)) {
        d.error(cf.raw("id").pos(), "two choices with the id \"" + id + "\"");
      }
      if (id != null && text != null) {
        try {
          String reason = cf.optionalString("reason").orElse("");
          if (!reason.isEmpty()) {
            Placeholders.check(reason, cf.raw("reason").pos(), scope);
          }
          out.add(new Option(id, text, reason));
        } catch (DescentException | IllegalArgumentException e) {
          d.error(o.pos(), e.getMessage());
        }
      }
    }
    if (kind == QuestionKind.CHOICE && out.size() < 2) {
      d.error(f.pos(), "a choice question needs at least two \"choices\"");
    }
    return out;
  }

  private List<String> strings(Fields f, String key) {
    List<String> out = new ArrayList<>();
    if (!f.has(key)) {
      d.error(f.pos(), "a table question needs \"" + key + "\"");
      return out;
    }
    for (Json item : f.list(key)) {
      if (item instanceof Json.JString s) {
        out.add(s.value());
      } else {
        d.error(item.pos(), "\"" + key + "\" lists names as strings");
      }
    }
    if (out.isEmpty()) {
      d.error(f.raw(key).pos(), "\"" + key + "\" is empty");
    }
    return out;
  }

  private int[] rows(Fields f) {
    List<Json> items = f.list("rows");
    if (!f.has("rows")) {
      d.error(f.pos(), "a table question needs \"rows\": [first step, last step]");
      return null;
    }
    if (items.size() != 2 || !(items.get(0) instanceof Json.JNumber a) || !(items.get(1) instanceof Json.JNumber b)
        || a.value() != Math.rint(a.value()) || b.value() != Math.rint(b.value()) || a.value() < 0 || b.value() < a.value()
        || b.value() - a.value() >= 200) {
      d.error(f.raw("rows").pos(), "\"rows\" is [first, last], two whole steps with 0 <= first <= last, at most 200 rows");
      return null;
    }
    return new int[] {(int) a.value(), (int) b.value()};
  }
}
