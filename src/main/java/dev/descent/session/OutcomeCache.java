package dev.descent.session;

import dev.descent.lesson.LessonFile;
import dev.descent.problem.Bindings;
import dev.descent.problem.Outcome;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Outcomes shared by the variants of one lesson file: a question's outcome depends only on its
 * problem's numbers, and students often draw the same ones, so grading a class computes each
 * (question, numbers) once. Safe for use by several threads; holds at most {@link #MAX_ENTRIES}, and
 * stops adding when they are seldom found again ({@link SharedMemo}).
 */
public final class OutcomeCache {
  /** The most outcomes kept (one takes up to ~2 KB); past it, outcomes are computed and not kept. */
  public static final int MAX_ENTRIES = 20_000;

  private final SharedMemo<VariantKey, Outcome> outcomes = new SharedMemo<>(MAX_ENTRIES);
  private volatile Questions questions;

  /** The questions of one file by key. */
  private record Questions(LessonFile file, Map<String, LessonVariant.Located> byKey) {}

  /**
   * Whether this cache serves {@code file}: a cache serves the first file it is asked about, and keeps its
   * questions by key, made once for all its variants (each variant making its own made ten thousand
   * copies of every key, and looking them up compared the strings byte by byte). Outcomes are found by
   * question and numbers alone, so a variant of another file must not share them.
   */
  boolean serves(LessonFile file) {
    Questions q = questions;
    if (q == null) {
      synchronized (this) {
        if (questions == null) {
          questions = new Questions(file, LessonVariant.locate(file));
        }
        q = questions;
      }
    }
    return q.file() == file;
  }

  /** The questions of the file this cache serves, by key. */
  Map<String, LessonVariant.Located> questions() {
    return questions.byKey();
  }

  /** How many outcomes are kept. */
  public int size() {
    return outcomes.size();
  }

  /** The outcome of {@code question} for {@code numbers}, computed by {@code compute} the first time. */
  Outcome get(String question, Bindings numbers, Supplier<Outcome> compute) {
    return outcomes.get(new VariantKey(question, numbers, null), compute);
  }
}
