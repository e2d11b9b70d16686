package dev.descent.lesson;

import dev.descent.engine.DescentException;
import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.Json.JObject;
import dev.descent.lesson.json.Pos;
import dev.descent.problem.Condition;
import dev.descent.problem.VariableSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the pages of a lesson file: text pages, and example and problem pages with their variables,
 * conditions, displays and questions.
 */
final class PageReader {
  private static final Set<String> TEXT_PAGE = Set.of("type", "title", "text");
  private static final Set<String> PROBLEM_PAGE = Set.of("type", "id", "title", "text", "variables", "require", "with",
      "show", "questions");

  private final Diagnostics d;
  private final Map<String, VariableSpec> shared;
  /** Where each drawn variable name was first drawn in the file: the problem and the line. */
  private final Map<String, String> firstDrawn = new HashMap<>();

  /** A reader of one file's pages; {@code shared} are the file's variables, seen by every problem. */
  PageReader(Diagnostics d, Map<String, VariableSpec> shared) {
    this.d = d;
    this.shared = shared;
  }

  /** The page of {@code item}, or null (reported); {@code problemIds} collects the ids seen in the file. */
  PageSpec page(Json item, Set<String> problemIds) {
    if (!(item instanceof JObject o)) {
      d.error(item.pos(), "each page is an object, not " + item.typeName());
      return null;
    }
    Json typeNode = o.get("type");
    String type = typeNode instanceof Json.JString s ? s.value() : null;
    if (type == null) {
      d.error(o.pos(), "each page needs \"type\": text, example or problem");
      return null;
    }
    switch (type) {
      case "text" -> {
        Fields f = Fields.of(o, d, "a text page", TEXT_PAGE);
        String title = f.optionalString("title").orElse(null);
        List<String> text = paragraphs(f, true);
        checkPlainText(text, f.raw("text"));
        return new PageSpec.TextPage(title, text, o.pos());
      }
      case "example", "problem" -> {
        return problem(o, type.equals("example"), problemIds);
      }
      default -> {
        d.error(typeNode.pos(), "a page's \"type\" is text, example or problem, not \"" + type + "\"");
        return null;
      }
    }
  }

  private List<String> paragraphs(Fields f, boolean required) {
    if (required && !f.has("text")) {
      d.error(f.pos(), "a text page needs \"text\", a list of paragraphs");
    }
    List<String> text = f.paragraphs("text");
    Json raw = f.raw("text");
    if (raw instanceof Json.JArray a) {
      for (int i = 0; i < text.size() && i < a.items().size(); i++) {
        if (text.get(i).isBlank()) {
          d.error(a.items().get(i).pos(), "an empty paragraph; remove it");
        }
      }
    }
    return text;
  }

  private void checkPlainText(List<String> text, Json raw) {
    for (String p : text) {
      if (p.contains("{") && raw != null) {
        d.error(raw.pos(), "a text page has no variables; {…} works on example and problem pages");
        return;
      }
    }
  }

  private PageSpec problem(JObject o, boolean example, Set<String> problemIds) {
    String what = example ? "an example page" : "a problem page";
    Fields f = Fields.of(o, d, what, PROBLEM_PAGE);
    String id = null;
    if (f.has("id") || !example) {
      id = LessonLoader.id(f, "id", d);
      if (id != null && !problemIds.add(id)) {
        d.error(f.raw("id").pos(), "a second problem with the id \"" + id + "\" in this file; ids must be unique");
      }
    }
    if (example && f.has("questions")) {
      d.error(f.raw("questions").pos(), "an example has no questions; make it a problem page");
    }
    String title = f.optionalString("title").orElse(null);
    List<String> text = paragraphs(f, false);
    Map<String, VariableSpec> variables = new VariableReader(d).variables(f, shared.keySet());
    warnDrawnAgain(o, variables, id == null ? "the example at line " + o.pos().line() : id);
    Set<String> visible = new HashSet<>(shared.keySet());
    visible.addAll(variables.keySet());
    Scope scope = new Scope(visible, d);
    List<Condition> require = conditions(f, scope);
    JObject with = f.optionalObject("with").orElse(null);
    if (with != null) {
      Fields.of(with, d, "\"with\"", ComputationForm.ALL_PARAMS);
    }
    checkPlaceholders(text, f.raw("text"), scope);
    List<DisplaySpec> show = DisplayReader.read(f.list("show"), with, scope);
    List<QuestionSpec> questions = new ArrayList<>();
    Set<String> questionIds = new HashSet<>();
    QuestionReader reader = new QuestionReader(d);
    for (Json q : f.list("questions")) {
      QuestionSpec spec = reader.question(q, with, scope, questionIds);
      if (spec != null) {
        questions.add(spec);
      }
    }
    if (!example && f.list("questions").isEmpty()) {
      d.error(o.pos(), "a problem page needs \"questions\"; a page that only shows is an example");
    }
    if (example && show.isEmpty() && text.isEmpty()) {
      d.error(o.pos(), "an example needs \"text\" or \"show\"");
    }
    return new PageSpec.ProblemPage(example, id, title, text, variables, require, show, questions, o.pos());
  }

  /**
   * Warns at a variable that a problem draws, never shows, and an earlier problem draws too: a learner takes the
   * earlier problem's number, but each problem draws its own. Shown means named by a placeholder of the page's
   * text or of a question's prompt or hints, or used by a computed variable that is shown.
   */
  private void warnDrawnAgain(JObject page, Map<String, VariableSpec> variables, String problem) {
    if (!(page.get("variables") instanceof JObject declared)) {
      return;
    }
    Set<String> shown = shown(page, variables);
    for (Map.Entry<String, VariableSpec> e : variables.entrySet()) {
      if (e.getValue().choices() <= 1) {
        continue;
      }
      String name = e.getKey();
      Pos at = declared.members().get(name).keyPos();
      String earlier = firstDrawn.putIfAbsent(name, problem + " (line " + at.line() + ")");
      if (earlier != null && !shown.contains(name)) {
        d.warning(at, problem + " draws its own " + name + " and never shows it, while " + earlier + " draws one too: "
            + "a learner takes that " + name + ", but the numbers differ; show {" + name + "} on this page, or "
            + "declare " + name + " once in the file's \"variables\" to share it");
      }
    }
  }

  /** The variables a page shows its learner, directly or through the computed variables it shows. */
  private static Set<String> shown(JObject page, Map<String, VariableSpec> variables) {
    Set<String> out = new HashSet<>();
    List<Json> texts = new ArrayList<>();
    texts.add(page.get("text"));
    if (page.get("questions") instanceof Json.JArray qs) {
      for (Json q : qs.items()) {
        if (q instanceof JObject o) {
          texts.add(o.get("prompt"));
          texts.add(o.get("hints"));
        }
      }
    }
    for (Json t : texts) {
      List<Json> strings = t instanceof Json.JArray a ? a.items() : t == null ? List.of() : List.of(t);
      for (Json item : strings) {
        if (item instanceof Json.JString str) {
          out.addAll(Placeholders.names(str.value()));
        }
      }
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<String, VariableSpec> e : variables.entrySet()) {
        if (out.contains(e.getKey()) && e.getValue() instanceof VariableSpec.Calc c) {
          grew |= out.addAll(c.expression().variables());
        }
      }
    }
    return out;
  }

  private List<Condition> conditions(Fields f, Scope scope) {
    List<Condition> out = new ArrayList<>();
    for (Json item : f.list("require")) {
      if (!(item instanceof Json.JString s)) {
        d.error(item.pos(), "each condition of \"require\" is a string such as \"eta < 1\"");
        continue;
      }
      try {
        Condition c = Condition.parse(s.value());
        if (scope.known(new ArrayList<>(c.variables()), s.pos(), "the condition \"" + s.value() + "\"", Set.of())) {
          out.add(c);
        }
      } catch (dev.descent.engine.expr.ExpressionException e) {
        d.error(Scope.inside(s.pos(), e.column()), "the condition \"" + s.value() + "\": " + e.getMessage());
      } catch (DescentException e) {
        d.error(s.pos(), "the condition \"" + s.value() + "\": " + e.getMessage());
      }
    }
    return out;
  }

  private void checkPlaceholders(List<String> texts, Json where, Scope scope) {
    for (String t : texts) {
      Placeholders.check(t, where == null ? Pos.START : where.pos(), scope);
    }
  }
}
