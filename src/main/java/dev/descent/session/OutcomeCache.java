package dev.descent.session;

import dev.descent.lesson.LessonFile;
import dev.descent.problem.Bindings;
import dev.descent.problem.Outcome;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Outcomes shared by the variants of one lesson file: a question's outcome depends only on its
 * problem's numbers, and students often draw the same ones, so grading a class computes each
 * (question, numbers) once. Safe for use by several threads; holds at most {@link #MAX_ENTRIES}.
 */
public final class OutcomeCache {
  /** The most outcomes kept; past it, outcomes are computed and not kept. */
  public static final int MAX_ENTRIES = 50_000;

  private final Map<VariantKey, Outcome> outcomes = new ConcurrentHashMap<>();
  private volatile Map<String, LessonVariant.Located> questions;

  /**
   * The questions of {@code file} by key, made once for all its variants: each variant making its own
   * made ten thousand copies of every key, and looking them up compared the strings byte by byte.
   */
  Map<String, LessonVariant.Located> questions(LessonFile file) {
    Map<String, LessonVariant.Located> q = questions;
    if (q == null) {
      q = LessonVariant.locate(file);
      questions = q;
    }
    return q;
  }

  /** The outcome of {@code question} for {@code numbers}, computed by {@code compute} the first time. */
  Outcome get(String question, Bindings numbers, Supplier<Outcome> compute) {
    VariantKey key = new VariantKey(question, numbers, null);
    Outcome o = outcomes.get(key);
    if (o == null) {
      o = compute.get();
      if (outcomes.size() < MAX_ENTRIES) {
        outcomes.putIfAbsent(key, o);
      }
    }
    return o;
  }
}
