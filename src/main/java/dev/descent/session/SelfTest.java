package dev.descent.session;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.course.Feedback;
import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.DisplaySpec;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.PageSpec;
import dev.descent.problem.Bindings;
import dev.descent.problem.Outcome;
import dev.descent.problem.Part;
import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plays every question of a lesson file over several variants, as {@code descent validate} does:
 * the right answer must be accepted, each usual mistake must be recognised as that mistake,
 * nonsense input must get a clear reply, and every display must draw.
 */
public final class SelfTest {
  /** The learner ids whose variants are tried. */
  public static final List<String> LEARNERS = List.of("", "self-test-1", "self-test-2", "self-test-3", "self-test-4");
  /** Inputs no question accepts. */
  static final List<String> NONSENSE = List.of("", "abc", "1e999", "x".repeat(10_000), "((((", "\u0000\u0007");

  private SelfTest() {}

  /**
   * The problems found; empty when every question behaves. Each is listed once, with in how many variants it was
   * found; the search for keys that teach the wrong thing ({@link KeyWarnings}) looks at more variants than are
   * played.
   */
  public static List<Diagnostic> run(LessonFile file) {
    Findings found = new Findings();
    KeyWarnings.check(file, found);
    Findings played = new Findings();
    collect(file, played);
    List<Diagnostic> out = new ArrayList<>(found.all());
    out.addAll(played.allBut(found));
    return out;
  }

  private static void collect(LessonFile file, Findings out) {
    for (String learner : LEARNERS) {
      LessonVariant v = new LessonVariant(file, learner);
      for (PageSpec.ProblemPage p : problemsAndExamples(file)) {
        Set<Diagnostic> local = new LinkedHashSet<>();
        String scope = "page:" + file.pages().indexOf(p);
        String numbers = "";
        try {
          Bindings b = v.bindings(p);
          numbers = numbers(b);
          play(file, v, p, b, local);
        } catch (DescentException e) {
          local.add(at(file, p.pos(), e.getMessage()));
        }
        out.played(scope, numbers);
        for (Diagnostic d : local) {
          out.add(scope, numbers, d);
        }
      }
    }
  }

  private static void play(LessonFile file, LessonVariant v, PageSpec.ProblemPage p, Bindings b, Set<Diagnostic> out) {
    for (DisplaySpec d : p.show()) {
      try {
        Displays.draw(d, b).apply(80);
        Displays.describe(d, b);
      } catch (DescentException e) {
        out.add(at(file, d.pos(), "this display cannot be drawn for " + numbers(b) + ": " + e.getMessage()));
      }
    }
    for (var q : p.questions()) {
      question(file, v, new LessonVariant.Located(p, q), b, out);
    }
  }

  private static List<PageSpec.ProblemPage> problemsAndExamples(LessonFile file) {
    return file.pages().stream().filter(p -> p instanceof PageSpec.ProblemPage).map(p -> (PageSpec.ProblemPage) p).toList();
  }

  private static void question(LessonFile file, LessonVariant v, LessonVariant.Located l, Bindings b, Set<Diagnostic> out) {
    var pos = l.question().pos();
    String where = "question " + l.key() + " with " + numbers(b);
    Outcome o;
    try {
      o = v.outcome(l);
    } catch (DescentException e) {
      out.add(at(file, pos, where + ": " + e.getMessage()));
      return;
    }
    try {
      if (l.question().kind() == QuestionKind.TABLE) {
        table(file, v, l, (Value.Table) o.answer(), where, out);
      } else {
        single(file, v, l, o, where, out);
      }
      steps(file, v, l, o, where, out);
      for (String nonsense : NONSENSE) {
        Feedback f = l.question().kind() == QuestionKind.TABLE
            ? v.checkTable(l, List.of(List.of(nonsense))) : v.check(l, nonsense);
        if (f.isRight() || f.details().isEmpty() && f.verdict() == Feedback.Verdict.UNREADABLE) {
          out.add(at(file, pos, where + ": the input '" + shorten(nonsense) + "' got no clear reply"));
        }
      }
    } catch (RuntimeException e) {
      out.add(at(file, pos, where + ": descent failed while checking (" + e + "); please report this"));
    }
  }

  private static void single(LessonFile file, LessonVariant v, LessonVariant.Located l, Outcome o, String where,
      Set<Diagnostic> out) {
    var pos = l.question().pos();
    if (!finite(o.answer())) {
      out.add(at(file, pos, where + ": the answer is " + o.answer().show() + ", not a finite number, for these numbers: "
          + "the computation overflows or is undefined; choose numbers that keep it finite"));
      return;
    }
    String typed = typed(o.answer());
    if (typed != null) {
      Feedback f = v.check(l, typed);
      if (!f.isRight()) {
        out.add(at(file, pos, where + ": the right answer " + typed + " is not accepted (" + f.headline() + " "
            + String.join(" ", f.details()) + ")"));
      }
    }
    for (Mistake m : o.mistakes()) {
      String wrong = typed(m.value());
      // A slip whose value overflows cannot be typed, so it is no mistake a learner makes here.
      if (wrong == null || m.value().getClass() != o.answer().getClass() || !finite(m.value())) {
        continue;
      }
      Feedback f = v.check(l, wrong);
      if (f.isRight()) {
        continue;
      }
      if (f.mistake() == null) {
        out.add(at(file, pos, where + ": the mistake \"" + m.id() + "\" gives " + wrong + ", which is not recognised"));
      }
    }
  }

  private static void table(LessonFile file, LessonVariant v, LessonVariant.Located l, Value.Table t, String where,
      Set<Diagnostic> out) {
    var pos = l.question().pos();
    int n = t.model().steps().size();
    List<List<String>> right = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      right.add(cells(t.model().truth(i)));
    }
    Feedback f = v.checkTable(l, right);
    if (!f.isRight()) {
      out.add(at(file, pos, where + ": the right table is not accepted (" + f.headline() + ")"));
    }
    for (Mistake m : t.model().mistakesFrom(0, null)) {
      double[] wrong = ((Value.Vector) m.value()).values();
      List<List<String>> rows = new ArrayList<>(right);
      rows.set(0, cells(wrong));
      Feedback g = v.checkTable(l, rows);
      if (g.isRight() || g.rows().isEmpty() || g.rows().get(0).verdict() == Feedback.RowVerdict.RIGHT) {
        continue;
      }
      if (g.mistake() == null) {
        out.add(at(file, pos, where + ": the mistake \"" + m.id() + "\" in the first row is not recognised"));
      }
    }
  }

  /**
   * Plays the question's break-down (a table's, at its first row that is a step): each step's own value must
   * be accepted and each of its usual mistakes named, and a question's last step must be the question's answer.
   */
  private static void steps(LessonFile file, LessonVariant v, LessonVariant.Located l, Outcome o, String where,
      Set<Diagnostic> out) {
    var pos = l.question().pos();
    boolean table = l.question().kind() == QuestionKind.TABLE;
    int row = table ? Math.max(1, l.question().rows()[0]) : 0;
    List<Part> parts = o.parts(row);
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      String typed = typed(p.value());
      if (typed != null && !v.checkStep(l, row, i, typed).isRight()) {
        out.add(at(file, pos, where + ": step " + (i + 1) + " of its break-down (" + p.name() + ") does not accept "
            + "its own value " + typed));
      }
      for (Mistake m : p.mistakes()) {
        String wrong = typed(m.value());
        if (wrong != null && m.value().getClass() == p.value().getClass() && !v.checkStep(l, row, i, wrong).isRight()
            && v.checkStep(l, row, i, wrong).mistake() == null) {
          out.add(at(file, pos, where + ": in step " + (i + 1) + " of its break-down the mistake \"" + m.id()
              + "\" gives " + wrong + ", which is not recognised"));
        }
      }
    }
    if (!table && !parts.isEmpty() && !o.answer().accepts(parts.get(parts.size() - 1).value(), l.question().tolerance())) {
      out.add(at(file, pos, where + ": the last step of its break-down is not the question's answer"));
    }
  }

  private static List<String> cells(double[] values) {
    List<String> out = new ArrayList<>();
    for (double d : values) {
      out.add(Numbers.format(d));
    }
    return out;
  }

  /** True unless the answer holds an infinite or undefined number. */
  static boolean finite(Value a) {
    if (a instanceof Value.Scalar s) {
      return Double.isFinite(s.value());
    }
    if (a instanceof Value.Vector v) {
      return java.util.Arrays.stream(v.values()).allMatch(Double::isFinite);
    }
    if (a instanceof Value.Matrix m) {
      return java.util.Arrays.stream(m.values()).flatMapToDouble(java.util.Arrays::stream).allMatch(Double::isFinite);
    }
    return true;
  }

  /** The answer as a learner would type it, or null when it has no typed form (an expression). */
  static String typed(Value a) {
    if (a instanceof Value.Function) {
      return null;
    }
    return a.show();
  }

  static String numbers(Bindings b) {
    if (b.values().isEmpty()) {
      return "its numbers";
    }
    StringBuilder sb = new StringBuilder();
    b.values().forEach((k, val) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" = ").append(Numbers.format(val)));
    return sb.toString();
  }

  private static Diagnostic at(LessonFile file, dev.descent.lesson.json.Pos pos, String message) {
    return Diagnostic.at(file.source(), pos, message);
  }

  private static String shorten(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 20 ? clean.substring(0, 20) + "…(" + s.length() + " characters)" : clean;
  }
}
