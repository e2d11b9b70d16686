package dev.descent.homework;

import dev.descent.engine.DescentException;
import dev.descent.problem.Bindings;
import dev.descent.session.LessonVariant;
import dev.descent.session.OutcomeCache;
import dev.descent.session.SharedMemo;
import dev.descent.session.VariantKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the files of one class share while they are graded. A judgement depends only on the question,
 * its problem's numbers and the answer given, and a class repeats them: students draw the same numbers
 * (eight-steps-homework's first problem has 396 variants), and many type the same answer to them —
 * the key as a calculator shows it, a usual mistake, a choice, nothing. Each (question, numbers,
 * answer) is judged once, and each result is kept once in the compact form a class needs (see
 * {@link #compact}), so that ten thousand reports take a few megabytes. The engine's outcomes are
 * shared the same way ({@link OutcomeCache}). Safe for use by several threads; at most
 * {@link #MAX_ENTRIES} judgements and as many row readings are kept, and fewer when they are seldom
 * found again ({@link SharedMemo}); the others are worked out and not kept.
 */
final class Judgements {
  /** The most judgements kept (about 200 bytes each, the result itself being shared), and row readings. */
  static final int MAX_ENTRIES = 50_000;

  private final OutcomeCache outcomes = new OutcomeCache();
  private final SharedMemo<VariantKey, QuestionResult> judged = new SharedMemo<>(MAX_ENTRIES);
  private final Map<QuestionResult, QuestionResult> common = new ConcurrentHashMap<>();
  private final SharedMemo<RowText, TableAnswer.RowRead> rows = new SharedMemo<>(MAX_ENTRIES);

  /** The engine's outcomes, shared by the class's variants of the set. */
  OutcomeCache outcomes() {
    return outcomes;
  }

  /**
   * The compact result of {@code answer} to the question {@code l} of the variant {@code v}, judged by
   * {@code judge} the first time this question, with these numbers, gets this answer. {@code answer} is a
   * typed text, or for a table an array holding its rows read into numbers (and whatever else the
   * result depends on).
   */
  QuestionResult judge(LessonVariant v, LessonVariant.Located l, Object answer, Supplier<QuestionResult> judge) {
    Bindings numbers;
    try {
      numbers = v.bindings(l.problem());
    } catch (DescentException e) {
      return keep(judge.get()); // no numbers to key it by; the judgement says why
    }
    return judged.get(new VariantKey(l.key(), numbers, answer), () -> keep(judge.get()));
  }

  /** A table row's text and the number of cells it should have. */
  private record RowText(String text, int width) {}

  /** The row {@code text} of a table of {@code width} columns, read once for the class. */
  TableAnswer.RowRead row(String text, int width) {
    return rows.get(new RowText(text, width), () -> TableAnswer.RowRead.of(text, width));
  }

  /** The result in compact form, one copy shared by every file that got it. */
  QuestionResult keep(QuestionResult q) {
    QuestionResult c = compact(q);
    QuestionResult known = common.putIfAbsent(c, c);
    return known == null ? c : known;
  }

  /** How many answers were judged. */
  long judgedCount() {
    return judged.lookups();
  }

  /** How many answers found their judgement kept from an earlier file. */
  long reusedCount() {
    return judged.found();
  }

  /**
   * A question's result as a class needs it: its points, status and named mistake, with the first of the
   * checker's sentences when a mistake is named (the class summary quotes it), and without the headline,
   * the row marks and the line.
   */
  static QuestionResult compact(QuestionResult q) {
    boolean quoted = q.mistake() != null && q.rows().isEmpty() && !q.details().isEmpty();
    return new QuestionResult(q.key(), q.kind(), q.points(), q.status(), q.earned(), 0, "",
        quoted ? List.of(q.details().get(0)) : List.of(), q.mistake(), List.of());
  }

  /** The report with every question's result in compact form. */
  static Report compact(Report r) {
    List<QuestionResult> questions = new ArrayList<>(r.questions().size());
    for (QuestionResult q : r.questions()) {
      questions.add(compact(q));
    }
    return new Report(r.source(), r.setId(), r.setTitle(), r.student(), r.name(), questions, r.notes());
  }
}
