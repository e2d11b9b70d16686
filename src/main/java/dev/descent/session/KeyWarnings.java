package dev.descent.session;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.engine.DescentException;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.PageSpec;
import dev.descent.lesson.QuestionSpec;
import dev.descent.problem.BehaviourChoice;
import dev.descent.problem.Bindings;
import dev.descent.problem.Outcome;
import dev.descent.problem.RunSpec;
import dev.descent.problem.VariantSpace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code validate}'s search for keys that teach the wrong thing, over every variant of a problem when there are
 * few (else a fixed sample): a key that is an ε artefact, two questions of a problem with the same answer, a usual
 * mistake that gives the right answer, and a behaviour that the run's steps do not settle. Each is a
 * warning; a question that cannot be computed for some variant is an error.
 */
final class KeyWarnings {
  /** The most variants of one problem looked at. */
  static final int VARIANTS = 40;

  private final LessonFile file;
  private final Findings out;

  private KeyWarnings(LessonFile file, Findings out) {
    this.file = file;
    this.out = out;
  }

  /** Adds what the variants of every problem of {@code file} show to {@code out}. */
  static void check(LessonFile file, Findings out) {
    KeyWarnings k = new KeyWarnings(file, out);
    for (PageSpec.ProblemPage p : file.problems()) {
      for (Bindings b : VariantSpace.of(file.variables(), p.variables(), p.require(), VARIANTS)) {
        k.variant(p, b);
      }
    }
  }

  private void variant(PageSpec.ProblemPage p, Bindings b) {
    String numbers = SelfTest.numbers(b);
    String scope = "space:" + p.id();
    out.played(scope, numbers);
    Map<QuestionSpec, Outcome> outcomes = new LinkedHashMap<>();
    for (QuestionSpec q : p.questions()) {
      String where = "question " + p.id() + "." + q.id() + " with " + numbers + ": ";
      Outcome o;
      try {
        o = q.answer().evaluate(b);
      } catch (DescentException e) {
        out.add(scope, numbers, Diagnostic.at(file.source(), q.pos(), where + e.getMessage()));
        continue;
      }
      outcomes.put(q, o);
      epsilon(q, b, o, where, scope, numbers);
      mistakes(q, o, where, scope, numbers);
      edge(q, b, o, where, scope, numbers);
    }
    same(p, outcomes, numbers, scope);
  }

  private void warn(String scope, String numbers, QuestionSpec q, String message) {
    out.add(scope, numbers, Diagnostic.warningAt(file.source(), q.pos(), message));
  }

  private void warnDrawn(String scope, String numbers, QuestionSpec q, String message) {
    out.addDrawn(scope, numbers, Diagnostic.warningAt(file.source(), q.pos(), message));
  }

  /** A key that moves beyond the tolerance when ε is 0 is an artefact of ε, not what the hand computation gives. */
  private void epsilon(QuestionSpec q, Bindings b, Outcome o, String where, String scope, String numbers) {
    if (!q.answer().stepped().map(RunSpec::hasEps).orElse(false) || !numeric(o.answer())) {
      return;
    }
    Value a;
    try {
      a = q.answer().evaluate(b.with(RunSpec.PROBE_NO_EPS, 1)).answer();
    } catch (DescentException e) {
      return; // 0/0 without ε: the hand computation takes that step as 0, which ε gives too
    }
    if (o.answer().accepts(a, q.tolerance())) {
      return;
    }
    warn(scope, numbers, q, where + "the key " + o.answer().show() + " depends on ε: with ε = 0 it is " + a.show()
        + ", beyond the tolerance, so a learner who leaves ε out, as a hand computation does, is marked wrong; "
        + "choose numbers that keep ε out of the answer");
  }

  /** A usual mistake that gives the right answer too can never be named, and marks the slip right. */
  private void mistakes(QuestionSpec q, Outcome o, String where, String scope, String numbers) {
    if (!numeric(o.answer())) {
      return;
    }
    for (Mistake m : o.mistakes()) {
      if (m.value().getClass() == o.answer().getClass() && o.answer().accepts(m.value(), q.tolerance())) {
        warnDrawn(scope, numbers, q, where + "the usual mistake \"" + m.id() + "\" gives " + m.value().show()
            + ", within the tolerance of the right answer " + o.answer().show() + ", so it is marked right and never "
            + "named; choose numbers that tell them apart");
      }
    }
  }

  /**
   * A behaviour that the run's steps do not settle: judged over twice the steps it is another one, so a learner
   * who reads the steps asked for cannot tell the four categories apart.
   */
  private void edge(QuestionSpec q, Bindings b, Outcome o, String where, String scope, String numbers) {
    if (!(q.answer() instanceof BehaviourChoice)) {
      return;
    }
    String other;
    try {
      Value a = q.answer().evaluate(b.with(RunSpec.PROBE_STEPS, 2)).answer();
      if (a.equals(o.answer())) {
        return;
      }
      other = "it is " + a.show();
    } catch (DescentException e) {
      other = "it cannot be judged (" + e.getMessage() + ")";
    }
    warn(scope, numbers, q, where + "the steps do not settle the behaviour: the key is " + o.answer().show()
        + ", but over twice the steps " + other + ", so the four categories cannot be told apart from the run "
        + "a learner sees; give more steps or choose other numbers");
  }

  /** Two questions of a problem with the same answer: a learner who gives one for the other is marked right. */
  private void same(PageSpec.ProblemPage p, Map<QuestionSpec, Outcome> outcomes, String numbers, String scope) {
    List<QuestionSpec> qs = List.copyOf(outcomes.keySet());
    for (int j = 1; j < qs.size(); j++) {
      Value later = outcomes.get(qs.get(j)).answer();
      for (int i = 0; i < j; i++) {
        Value earlier = outcomes.get(qs.get(i)).answer();
        if (numeric(later) && earlier.getClass() == later.getClass() && later.accepts(earlier, qs.get(j).tolerance())) {
          warnDrawn(scope, numbers, qs.get(j), "question " + p.id() + "." + qs.get(j).id() + " with " + numbers
              + ": its answer " + later.show() + " is also the answer of " + p.id() + "." + qs.get(i).id()
              + ", so a learner who gives one for the other is marked right; choose numbers that tell them apart");
          break;
        }
      }
    }
  }

  private static boolean numeric(Value a) {
    return a instanceof Value.Scalar || a instanceof Value.Vector || a instanceof Value.Matrix;
  }
}
