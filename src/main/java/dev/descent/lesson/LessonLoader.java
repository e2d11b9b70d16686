package dev.descent.lesson;

import dev.descent.check.Tolerance;
import dev.descent.check.input.Option;
import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.engine.expr.Expression;
import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.Json.JObject;
import dev.descent.lesson.json.JsonReader;
import dev.descent.lesson.json.JsonSyntaxException;
import dev.descent.lesson.json.Pos;
import dev.descent.problem.Computation;
import dev.descent.problem.Condition;
import dev.descent.problem.VariableSpec;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one lesson or exercise file into a {@link LessonFile}, collecting every problem as a
 * diagnostic with its line and column instead of stopping at the first.
 */
public final class LessonLoader {
  /** The format version this loader reads. */
  public static final int FORMAT = 1;
  /** The largest file accepted. */
  public static final long MAX_BYTES = 2L * 1024 * 1024;

  /** The longest id of a file, page or question. */
  static final int MAX_ID = 64;
  private static final Set<String> TOP = Set.of("$schema", "format", "kind", "id", "title", "summary", "pages");
  private static final Set<String> TEXT_PAGE = Set.of("type", "title", "text");
  private static final Set<String> PROBLEM_PAGE = Set.of("type", "id", "title", "text", "variables", "require", "with",
      "show", "questions");
  private static final Set<String> QUESTION = Set.of("id", "kind", "prompt", "answer", "hints", "explain", "tolerance",
      "points", "choices", "multiple", "columns", "rows");

  /** A loaded file: the lesson when it could be built, and the problems found. */
  public record Result(Optional<LessonFile> lesson, List<Diagnostic> diagnostics) {
    /** True when there is nothing to report. */
    public boolean ok() {
      return diagnostics.isEmpty() && lesson.isPresent();
    }
  }

  private LessonLoader() {}

  /** Reads a file; {@code shown} is how it is named in messages. */
  public static Result load(Path file, String shown) {
    return load(new CourseFile(shown, CourseFile.of(file).opener()));
  }

  /** Reads a course file, wherever it is kept. */
  public static Result load(CourseFile file) {
    Diagnostics d = new Diagnostics(file.shown());
    String text;
    try {
      text = utf8(file.read(MAX_BYTES));
    } catch (CourseFile.TooLarge e) {
      d.error(Pos.START, "a lesson file may be at most " + MAX_BYTES + " bytes; this one is larger");
      return new Result(Optional.empty(), d.all());
    } catch (NotUtf8 e) {
      d.error(e.pos, "the file is not UTF-8 text: the byte " + e.bytes + " here cannot be read; save the file as "
          + "UTF-8");
      return new Result(Optional.empty(), d.all());
    } catch (IOException e) {
      d.error(Pos.START, "cannot read the file: " + e.getMessage());
      return new Result(Optional.empty(), d.all());
    }
    return parse(text, file.shown());
  }

  /** Reads lesson text; {@code shown} is how the file is named in messages. */
  public static Result parse(String text, String shown) {
    Diagnostics d = new Diagnostics(shown);
    Json root;
    try {
      root = JsonReader.read(text, d::error);
    } catch (JsonSyntaxException e) {
      d.error(e.pos(), e.getMessage());
      return new Result(Optional.empty(), d.all());
    }
    LessonFile lesson = null;
    try {
      lesson = new LessonLoader.Reader(d, shown).file(root);
    } catch (DescentException e) {
      d.error(Pos.START, e.getMessage());
    }
    return new Result(d.isEmpty() ? Optional.ofNullable(lesson) : Optional.empty(), d.all());
  }

  /** {@code [A-Za-z0-9][A-Za-z0-9_-]{0,63}}: ASCII letters and digits, then also '_' and '-'. */
  public static boolean validId(String id) {
    if (id.isEmpty() || id.length() > MAX_ID) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** Text that is not UTF-8, with the place of the first byte that cannot be read. */
  private static final class NotUtf8 extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Pos pos;
    final String bytes;

    NotUtf8(Pos pos, String bytes) {
      super(null, null, false, false);
      this.pos = pos;
      this.bytes = bytes;
    }
  }

  private static String utf8(byte[] bytes) throws NotUtf8 {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new NotUtf8(placeOf(out.flip()), String.format("0x%02X", bytes[in.position()] & 0xff));
    }
    decoder.flush(out);
    String s = out.flip().toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** The line and column just after {@code text}, the text read before a problem. */
  private static Pos placeOf(CharSequence text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue; // the \n that follows ends this line
      }
      if (c == '\n' || c == '\r') {
        line++;
        lineStart = i + 1;
      }
    }
    boolean bom = line == 1 && text.length() > 0 && text.charAt(0) == '\uFEFF';
    return new Pos(line, text.length() - lineStart + (bom ? 0 : 1));
  }


  /** The reading of one file. */
  private static final class Reader {
    private final Diagnostics d;
    private final String shown;

    Reader(Diagnostics d, String shown) {
      this.d = d;
      this.shown = shown;
    }

    LessonFile file(Json root) {
      if (!(root instanceof JObject o)) {
        d.error(root.pos(), "a lesson file holds one JSON object, not " + root.typeName());
        return null;
      }
      Fields f = Fields.of(o, d, "a lesson file", TOP);
      Optional<Double> format = f.optionalNumber("format");
      if (format.isEmpty() && !f.has("format")) {
        d.error(o.pos(), "a lesson file needs \"format\": " + FORMAT);
      } else if (format.isPresent() && format.get() != FORMAT) {
        d.error(f.raw("format").pos(), "this descent reads format " + FORMAT + "; the file says "
            + format.get().intValue() + (format.get() > FORMAT ? " (a newer descent wrote it)" : ""));
        return null;
      }
      String kind = f.oneOf("kind", Set.of("lesson", "exercises"));
      String id = id(f, "id");
      String title = f.string("title");
      String summary = f.optionalString("summary").orElse("");
      List<PageSpec> pages = new ArrayList<>();
      Set<String> problemIds = new HashSet<>();
      if (!f.has("pages")) {
        d.error(o.pos(), "a lesson file needs \"pages\"");
      }
      List<Json> items = f.list("pages");
      if (f.has("pages") && items.isEmpty()) {
        d.error(f.raw("pages").pos(), "\"pages\" is empty; a lesson needs at least one page");
      }
      for (Json item : items) {
        PageSpec page = page(item, problemIds);
        if (page != null) {
          pages.add(page);
        }
      }
      if (kind == null || id == null || title == null) {
        return null;
      }
      return new LessonFile(shown, kind.equals("exercises"), id, title, summary, pages);
    }

    private String id(Fields f, String key) {
      String id = f.string(key);
      if (id != null && !validId(id)) {
        d.error(f.raw(key).pos(), "\"" + key + "\" must be letters, digits, '-' or '_' (at most 64), starting with a "
            + "letter or digit, not \"" + id + "\"");
        return null;
      }
      return id;
    }

    private PageSpec page(Json item, Set<String> problemIds) {
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
        id = id(f, "id");
        if (id != null && !problemIds.add(id)) {
          d.error(f.raw("id").pos(), "a second problem with the id \"" + id + "\" in this file; ids must be unique");
        }
      }
      if (example && f.has("questions")) {
        d.error(f.raw("questions").pos(), "an example has no questions; make it a problem page");
      }
      String title = f.optionalString("title").orElse(null);
      List<String> text = paragraphs(f, false);
      Map<String, VariableSpec> variables = variables(f);
      Scope scope = new Scope(variables.keySet(), d);
      List<Condition> require = conditions(f, scope);
      JObject with = f.optionalObject("with").orElse(null);
      if (with != null) {
        Fields.of(with, d, "\"with\"", ComputationReader.ALL);
      }
      checkPlaceholders(text, f.raw("text"), scope);
      List<DisplaySpec> show = DisplayReader.read(f.list("show"), with, scope);
      List<QuestionSpec> questions = new ArrayList<>();
      Set<String> questionIds = new HashSet<>();
      for (Json q : f.list("questions")) {
        QuestionSpec spec = question(q, with, scope, questionIds);
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

    private Map<String, VariableSpec> variables(Fields f) {
      Map<String, VariableSpec> out = new LinkedHashMap<>();
      Optional<JObject> vars = f.optionalObject("variables");
      if (vars.isEmpty()) {
        return out;
      }
      for (Json.Member m : vars.get().members().values()) {
        if (!ParamReader.validName(m.key())) {
          d.error(m.keyPos(), "\"" + m.key() + "\" is not a usable variable name (letters, digits, _; not e or pi)");
          continue;
        }
        VariableSpec spec = variable(m, out.keySet());
        if (spec != null) {
          out.put(m.key(), spec);
        }
      }
      return out;
    }

    private VariableSpec variable(Json.Member m, Set<String> earlier) {
      Json v = m.value();
      if (v instanceof Json.JNumber n) {
        return new VariableSpec.Fixed(n.value());
      }
      if (!(v instanceof JObject o)) {
        d.error(v.pos(), "variable " + m.key() + " must be a number or one of { \"choose\": [...] }, "
            + "{ \"from\": a, \"to\": b, \"step\": s }, { \"calc\": \"expression\" }");
        return null;
      }
      Fields f = Fields.of(o, d, "variable " + m.key(), Set.of("choose", "from", "to", "step", "calc"));
      int forms = (f.has("choose") ? 1 : 0) + (f.has("calc") ? 1 : 0)
          + (f.has("from") || f.has("to") || f.has("step") ? 1 : 0);
      if (forms > 1) {
        d.error(o.pos(), "variable " + m.key() + " has one of \"choose\", \"calc\" or \"from\"/\"to\"/\"step\", "
            + "not several");
        return null;
      }
      try {
        if (f.has("choose")) {
          List<Double> values = new ArrayList<>();
          for (Json item : f.list("choose")) {
            if (item instanceof Json.JNumber n) {
              values.add(n.value());
            } else {
              d.error(item.pos(), "\"choose\" lists numbers");
            }
          }
          return values.isEmpty() ? null : new VariableSpec.Choose(values);
        }
        if (f.has("calc")) {
          Json c = f.raw("calc");
          if (!(c instanceof Json.JString s)) {
            d.error(c.pos(), "\"calc\" is an expression written as a string");
            return null;
          }
          Expression e = new Scope(earlier, d).expression(s, "\"calc\"");
          if (e == null || !new Scope(earlier, d).known(e.variables(), s.pos(), "\"calc\" of " + m.key(), Set.of())) {
            return null;
          }
          return new VariableSpec.Calc(e);
        }
        Optional<Double> from = f.optionalNumber("from");
        Optional<Double> to = f.optionalNumber("to");
        Optional<Double> step = f.optionalNumber("step");
        if (from.isEmpty() || to.isEmpty() || step.isEmpty()) {
          d.error(o.pos(), "variable " + m.key() + " needs \"choose\", \"calc\", or all of \"from\", \"to\" and \"step\"");
          return null;
        }
        return new VariableSpec.Range(from.get(), to.get(), step.get());
      } catch (DescentException e) {
        d.error(o.pos(), "variable " + m.key() + ": " + e.getMessage());
        return null;
      }
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

    private QuestionSpec question(Json item, JObject with, Scope scope, Set<String> ids) {
      if (!(item instanceof JObject o)) {
        d.error(item.pos(), "each question is an object, not " + item.typeName());
        return null;
      }
      Fields f = Fields.of(o, d, "a question", QUESTION);
      String id = id(f, "id");
      if (id != null && !ids.add(id)) {
        d.error(f.raw("id").pos(), "a second question with the id \"" + id + "\" in this problem; ids must be unique");
      }
      String kindName = f.oneOf("kind", Set.of("number", "vector", "matrix", "expression", "choice", "table"));
      QuestionKind kind = kindName == null ? null : QuestionKind.valueOf(kindName.toUpperCase(Locale.ROOT));
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
      List<Option> choices = choices(f, kind);
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

    private List<Option> choices(Fields f, QuestionKind kind) {
      List<Option> out = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (Json item : f.list("choices")) {
        if (!(item instanceof JObject o)) {
          d.error(item.pos(), "each choice is { \"id\": \"a\", \"text\": \"…\" }");
          continue;
        }
        Fields cf = Fields.of(o, d, "a choice", Set.of("id", "text"));
        String id = id(cf, "id");
        String text = cf.string("text");
        if (id != null && !ids.add(id)) {
          d.error(cf.raw("id").pos(), "two choices with the id \"" + id + "\"");
        }
        if (id != null && text != null) {
          try {
            out.add(new Option(id, text));
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
}
