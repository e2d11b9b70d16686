package dev.descent.session;

import dev.descent.check.Value;
import dev.descent.check.Asked;
import dev.descent.check.Checker;
import dev.descent.check.TableGrader;
import dev.descent.check.TableModel;
import dev.descent.check.Tolerance;
import dev.descent.course.Block;
import dev.descent.course.Feedback;
import dev.descent.course.Page;
import dev.descent.course.Question;
import dev.descent.course.QuestionKind;
import dev.descent.course.Step;
import dev.descent.engine.DescentException;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.PageSpec;
import dev.descent.lesson.Placeholders;
import dev.descent.lesson.QuestionSpec;
import dev.descent.problem.Bindings;
import dev.descent.problem.Outcome;
import dev.descent.problem.Part;
import dev.descent.problem.Variants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One learner's variant of a lesson file: the numbers of each problem drawn from the learner's id,
 * the engine's outcome of each question (computed once), the pages as shown, and the checking of
 * answers. Holds no progress; sessions, answer-file checking and validation build on it.
 */
public final class LessonVariant {
  private final LessonFile file;
  private final String learner;
  // By identity: a page record's own hash code walks all of its questions.
  private final Map<PageSpec.ProblemPage, Bindings> bindings = new IdentityHashMap<>();
  private final Map<String, Outcome> outcomes = new HashMap<>();
  private final OutcomeCache shared;
  private final Map<String, Located> questions;
  private Bindings sharedNumbers;

  /**
   * A question with its problem, and its id in the lesson ({@code key}: problem id, a dot, question id),
   * written once: grading a class looks it up millions of times.
   */
  public record Located(PageSpec.ProblemPage problem, QuestionSpec question, String key) {
    public Located {
      key = problem.id() + "." + question.id();
    }

    /** The question {@code question} of the problem page {@code problem}. */
    public Located(PageSpec.ProblemPage problem, QuestionSpec question) {
      this(problem, question, null);
    }
  }

  public LessonVariant(LessonFile file, String learner) {
    this(file, learner, null);
  }

  /**
   * A learner's variant whose outcomes are looked up in, and added to, {@code shared}, a cache for
   * the variants of this one file (null for none; a cache that serves another file is not used).
   */
  public LessonVariant(LessonFile file, String learner, OutcomeCache shared) {
    this.file = file;
    this.learner = learner == null ? "" : learner;
    this.shared = shared != null && shared.serves(file) ? shared : null;
    this.questions = this.shared == null ? locate(file) : this.shared.questions();
  }

  /** The questions of {@code file} by key, in order. */
  static Map<String, Located> locate(LessonFile file) {
    Map<String, Located> questions = new LinkedHashMap<>();
    for (PageSpec.ProblemPage p : file.problems()) {
      for (QuestionSpec q : p.questions()) {
        Located l = new Located(p, q);
        questions.put(l.key(), l);
      }
    }
    return Collections.unmodifiableMap(questions);
  }

  /** The lesson file. */
  public LessonFile file() {
    return file;
  }

  /** Every question of the lesson by its key, in order. */
  public Map<String, Located> questions() {
    return questions;
  }

  /** The question with {@code key}. */
  public Located question(String key) {
    Located l = questions.get(key);
    if (l == null) {
      throw new DescentException("no question \"" + key + "\" in " + file.id());
    }
    return l;
  }

  /**
   * The numbers of a problem for this learner.
   *
   * @throws DescentException when no draw meets the problem's conditions
   */
  public Bindings bindings(PageSpec.ProblemPage p) {
    Bindings b = bindings.get(p);
    if (b == null) {
      b = Variants.draw(p.variables(), p.require(),
          Variants.seed(learner, file.id(), p.id() == null ? "page" + file.pages().indexOf(p) : p.id()), shared());
      bindings.put(p, b);
    }
    return b;
  }

  /** The numbers of the file's own variables, which every problem shares: drawn once, under no problem's id. */
  private Bindings shared() {
    if (sharedNumbers == null) {
      sharedNumbers = Variants.draw(file.variables(), List.of(), Variants.seed(learner, file.id(), ""));
    }
    return sharedNumbers;
  }

  /**
   * The engine's answer, usual mistakes and solution for a question.
   *
   * @throws DescentException when the computation is undefined for these numbers
   */
  public Outcome outcome(Located l) {
    Outcome o = outcomes.get(l.key());
    if (o == null) {
      Bindings b = bindings(l.problem());
      o = shared == null ? l.question().answer().evaluate(b)
          : shared.get(l.key(), b, () -> l.question().answer().evaluate(b));
      outcomes.put(l.key(), o);
    }
    return o;
  }

  /** Judges a typed answer; any text gets a reply. */
  public Feedback check(Located l, String typed) {
    Feedback refused = refused(l, false);
    if (refused != null) {
      return refused;
    }
    QuestionSpec q = l.question();
    Outcome o = outcome(l);
    Feedback f = Checker.check(new Asked(q.tolerance(), q.choices(), q.multiple()), o.answer(), o.mistakes(), typed);
    return q.kind() == QuestionKind.CHOICE
        ? ChoiceReasons.explained(f, typed, ChoiceReasons.options(q, safeBindings(l.problem()), o), q.multiple()) : f;
  }

  /** Judges a filled table. */
  public Feedback checkTable(Located l, List<List<String>> cells) {
    Feedback refused = refused(l, true);
    return refused != null ? refused : TableGrader.grade(table(l), cells, l.question().tolerance());
  }

  /**
   * Judges a table already read into numbers, one array per row in the order of the table's steps
   * (null rows and cells are empty), as an answer file gives it.
   */
  public Feedback checkTable(Located l, Double[][] rows) {
    Feedback refused = refused(l, true);
    if (refused != null) {
      return refused;
    }
    TableModel model = table(l);
    int width = model.columns().size();
    Double[][] typed = new Double[model.steps().size()][];
    for (int i = 0; i < typed.length; i++) {
      typed[i] = i < rows.length && rows[i] != null ? java.util.Arrays.copyOf(rows[i], width) : new Double[width];
    }
    return TableGrader.grade(model, typed, l.question().tolerance());
  }

  /**
   * Why the question cannot be judged as a table ({@code table}) or as one answer, or null when it can:
   * then its outcome is known (and kept), since working it out is what could fail.
   */
  private Feedback refused(Located l, boolean table) {
    if ((l.question().kind() == QuestionKind.TABLE) != table) {
      return Checker.unreadable(table ? "This question takes one answer, not a table."
          : "This question is a table: fill it row by row.");
    }
    try {
      outcome(l);
    } catch (DescentException e) {
      return Checker.unreadable("descent could not compute this question's answer: " + e.getMessage());
    }
    return null;
  }

  /**
   * The steps of a question's answer (for a table, of the row of {@code row}), each asked as a question of
   * its own; empty when the answer is one step or cannot be worked out.
   */
  public List<Step> steps(Located l, int row) {
    List<Step> out = new ArrayList<>();
    List<Part> parts = parts(l, row);
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      QuestionKind kind = p.value().kind();
      out.add(new Step(p.name(), new Question(l.key() + "#" + (i + 1), kind, p.prompt(), List.of(), false, null, 0, 0,
          kind.inputHint(false), precision(l.question()))));
    }
    return out;
  }

  /** Judges a typed answer to the step {@code index} of {@link #steps}; any text gets a reply. */
  public Feedback checkStep(Located l, int row, int index, String typed) {
    List<Part> parts = parts(l, row);
    if (index < 0 || index >= parts.size()) {
      return Checker.unreadable("This question has no step " + (index + 1) + ".");
    }
    Part p = parts.get(index);
    return Checker.check(new Asked(l.question().tolerance(), List.of(), false), p.value(), p.mistakes(), typed);
  }

  private List<Part> parts(Located l, int row) {
    try {
      return outcome(l).parts(row);
    } catch (DescentException e) {
      return List.of();
    }
  }

  /** The table a table question's outcome holds. */
  private TableModel table(Located l) {
    return ((Value.Table) outcome(l).answer()).model();
  }

  /** The question as a front end shows it. */
  public Question view(Located l) {
    QuestionSpec q = l.question();
    Bindings b = safeBindings(l.problem());
    String prompt = b == null ? q.prompt() : Placeholders.fill(q.prompt(), b);
    List<Question.Choice> choices = new ArrayList<>();
    for (int i = 0; i < q.choices().size(); i++) {
      choices.add(new Question.Choice(ChoiceReasons.label(q.choices(), i), q.choices().get(i).text()));
    }
    Question.TableLayout layout = null;
    if (q.kind() == QuestionKind.TABLE) {
      layout = tableLayout(l);
    }
    return new Question(l.key(), q.kind(), prompt, choices, q.multiple(), layout, q.hints().size(), q.points(),
        InputExample.hint(q.kind(), q.multiple(), variable(l), typed -> check(l, typed).isRight()), precision(q));
  }

  /** The first variable of an expression question's answer, or null. */
  private String variable(Located l) {
    try {
      return outcome(l).answer() instanceof Value.Function f && !f.variables().isEmpty() ? f.variables().get(0) : null;
    } catch (DescentException e) {
      return null;
    }
  }

  /**
   * What the question says about precision: the tolerance's own sentence when the lesson declares one for
   * a question whose answer is typed as numbers, else nothing (the usual tolerance goes without saying).
   */
  private static String precision(QuestionSpec q) {
    return q.kind().typedAsNumbers() && !q.tolerance().equals(Tolerance.DEFAULT) ? q.tolerance().request() : "";
  }

  private Question.TableLayout tableLayout(Located l) {
    try {
      Value.Table t = (Value.Table) outcome(l).answer();
      List<String> given = new ArrayList<>();
      for (double v : t.model().given()) {
        given.add(dev.descent.render.Numbers.format(v));
      }
      return new Question.TableLayout(t.model().columns(), t.model().steps(), t.model().givenStep(), given);
    } catch (DescentException e) {
      List<Integer> steps = new ArrayList<>();
      for (int k = l.question().rows()[0]; k <= l.question().rows()[1]; k++) {
        steps.add(k);
      }
      return new Question.TableLayout(l.question().columns(), steps, l.question().rows()[0] - 1, List.of());
    }
  }

  /** The hint number {@code index} (0-based) with the learner's numbers filled in. */
  public Optional<String> hint(Located l, int index) {
    List<String> hints = l.question().hints();
    if (index < 0 || index >= hints.size()) {
      return Optional.empty();
    }
    Bindings b = safeBindings(l.problem());
    return Optional.of(b == null ? hints.get(index) : Placeholders.fill(hints.get(index), b));
  }

  /**
   * The worked solution, then for a choice each option with its reason, then the question's own
   * explanation.
   */
  public List<String> solution(Located l) {
    List<String> out = new ArrayList<>();
    try {
      Outcome o = outcome(l);
      out.addAll(o.solution());
      if (l.question().kind() == QuestionKind.CHOICE) {
        out.add("");
        out.addAll(ChoiceReasons.solution(options(l), o.answer()));
      }
    } catch (DescentException e) {
      out.add("descent could not compute this question's answer: " + e.getMessage());
    }
    if (l.question().explain() != null) {
      out.add("");
      Bindings b = safeBindings(l.problem());
      out.add(b == null ? l.question().explain() : Placeholders.fill(l.question().explain(), b));
    }
    return out;
  }

  /**
   * The options of a choice question with their reasons for this learner: the author's, with the numbers
   * filled in, and the engine's where it has one.
   */
  public List<dev.descent.check.input.Option> options(Located l) {
    Outcome o;
    try {
      o = outcome(l);
    } catch (DescentException e) {
      o = null;
    }
    return ChoiceReasons.options(l.question(), safeBindings(l.problem()), o);
  }

  /** The pages as shown to this learner. */
  public List<Page> pages() {
    List<Page> out = new ArrayList<>();
    Displays.Budget budget = new Displays.Budget();
    for (PageSpec p : file.pages()) {
      out.add(page(p, budget));
    }
    return out;
  }

  /** One page as shown to this learner, alone (as practice shows a problem). */
  public Page page(PageSpec spec) {
    return page(spec, new Displays.Budget());
  }

  private Page page(PageSpec spec, Displays.Budget budget) {
    List<Block> blocks = new ArrayList<>();
    if (spec instanceof PageSpec.TextPage t) {
      for (String para : t.text()) {
        blocks.add(paragraph(para));
      }
      return new Page(t.title(), blocks);
    }
    PageSpec.ProblemPage p = (PageSpec.ProblemPage) spec;
    Bindings b;
    try {
      b = bindings(p);
    } catch (DescentException e) {
      blocks.add(new Block.Paragraph("(This problem cannot be shown: " + e.getMessage() + ")", false));
      return new Page(p.title(), blocks);
    }
    for (String para : p.text()) {
      blocks.add(paragraph(Placeholders.fill(para, b)));
    }
    for (var d : p.show()) {
      blocks.add(Displays.block(d, b, budget));
    }
    for (QuestionSpec q : p.questions()) {
      blocks.add(new Block.Ask(view(new Located(p, q))));
    }
    return new Page(p.title(), blocks);
  }

  private static Block paragraph(String text) {
    return new Block.Paragraph(text, text.startsWith("    "));
  }

  private Bindings safeBindings(PageSpec.ProblemPage p) {
    try {
      return bindings(p);
    } catch (DescentException e) {
      return null;
    }
  }
}
