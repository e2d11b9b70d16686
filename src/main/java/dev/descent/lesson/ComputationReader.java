package dev.descent.lesson;

import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.Json.JObject;
import dev.descent.problem.Computation;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a question's {@code answer} (with the problem's {@code with}) into a computation of the engine:
 * what every computation shares, around the reading each {@link ComputationForm} does.
 */
final class ComputationReader {
  private ComputationReader() {}

  /**
   * The computation of {@code own} (the question's answer object) merged over {@code with}; null
   * (with diagnostics) when it cannot be read or does not fit the question.
   */
  static Computation read(JObject own, JObject with, QuestionFacts q, Scope scope) {
    Diagnostics d = scope.diags();
    Json kindNode = own.get("compute");
    if (!(kindNode instanceof Json.JString ks)) {
      d.error(own.pos(), "\"answer\" needs \"compute\", the name of a computation (" + names() + ")");
      return null;
    }
    String kind = ks.value();
    ComputationForm form = ComputationForm.named(kind);
    if (form == null) {
      String near = Suggest.closest(kind, ComputationForm.ids());
      d.error(ks.pos(), "unknown computation \"" + kind + "\"" + (near == null ? " (known: " + names() + ")"
          : "; did you mean \"" + near + "\"?"));
      return null;
    }
    Set<String> ownAllowed = new HashSet<>(form.params());
    ownAllowed.add("compute");
    Fields.of(own, d, "a \"" + kind + "\" answer", ownAllowed);
    JObject merged = own.withDefaults(with);
    ParamReader p = new ParamReader(merged, scope, "the \"" + kind + "\" computation");
    int before = d.count();
    Computation c;
    try {
      c = form.read(p, q);
    } catch (DescentException e) {
      d.error(own.pos(), e.getMessage());
      return null;
    }
    if (c == null || d.count() > before) {
      return null;
    }
    QuestionKind gives = c.kind();
    if (gives != q.kind()) {
      d.error(own.pos(), "a \"" + kind + "\" computation" + takeText(merged) + " gives " + gives.article()
          + ", but the question's kind is " + q.kind().id() + "; use \"kind\": \"" + gives.id() + "\"");
      return null;
    }
    return c;
  }

  private static String takeText(JObject o) {
    return o.get("take") instanceof Json.JString s ? " taking \"" + s.value() + "\"" : "";
  }

  /** The names of every computation, in alphabetical order, for messages. */
  static String names() {
    return String.join(", ", new java.util.TreeSet<>(ComputationForm.ids()));
  }
}
