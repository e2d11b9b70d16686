package dev.descent.session;

import dev.descent.check.Value;
import dev.descent.check.input.AnswerFormatException;
import dev.descent.check.input.AnswerReader;
import dev.descent.check.input.Option;
import dev.descent.course.Feedback;
import dev.descent.lesson.Placeholders;
import dev.descent.lesson.QuestionSpec;
import dev.descent.problem.Bindings;
import dev.descent.problem.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Why each option of a choice question is right or wrong: the author's reason with the learner's numbers
 * filled in, and for an option the engine can judge (a behaviour choice's right one) the engine's own
 * sentence from the run first. Shown after an answer for the options picked, and in full in the solution.
 */
final class ChoiceReasons {
  private ChoiceReasons() {}

  /** The options of {@code q} with their reasons for one variant ({@code b} null when it cannot be drawn). */
  static List<Option> options(QuestionSpec q, Bindings b, Outcome o) {
    List<Option> out = new ArrayList<>();
    for (Option opt : q.choices()) {
      String own = opt.reason().isEmpty() || b == null ? opt.reason() : Placeholders.fill(opt.reason(), b);
      String engine = o == null ? "" : o.reasons().getOrDefault(opt.id(), "");
      out.add(opt.withReason(engine.isEmpty() ? own : own.isEmpty() ? engine : engine + " " + own));
    }
    return out;
  }

  /** The label an option is shown and typed with: its id, or its letter when the ids are words. */
  static String label(List<Option> options, int i) {
    boolean letters = options.size() <= 26;
    for (Option o : options) {
      letters &= o.id().length() != 1;
    }
    // Options whose ids are words are shown, and typed, as a), b), c).
    return letters ? String.valueOf((char) ('a' + i)) : options.get(i).id();
  }

  /** The reply {@code f} with the reason of each option {@code typed} picks added to what it says. */
  static Feedback explained(Feedback f, String typed, List<Option> options, boolean multiple) {
    if (!f.counts()) {
      return f;
    }
    Set<String> picked;
    try {
      picked = AnswerReader.choices(typed, options, multiple);
    } catch (AnswerFormatException | IllegalArgumentException e) {
      return f;
    }
    List<String> details = new ArrayList<>(f.details());
    for (int i = 0; i < options.size(); i++) {
      Option o = options.get(i);
      if (picked.contains(o.id()) && !o.reason().isEmpty()) {
        details.add(label(options, i) + ") " + o.reason());
      }
    }
    return new Feedback(f.verdict(), f.headline(), details, f.mistake(), f.credit(), f.rows());
  }

  /** Every option with its reason, the right ones marked, as lines of the worked solution. */
  static List<String> solution(List<Option> options, Value answer) {
    List<String> out = new ArrayList<>();
    Set<String> right = answer instanceof Value.Choice c ? c.ids() : Set.of();
    for (int i = 0; i < options.size(); i++) {
      Option o = options.get(i);
      out.add(label(options, i) + ") " + o.text() + (right.contains(o.id()) ? " (right)" : " (wrong)")
          + (o.reason().isEmpty() ? "" : ": " + o.reason()));
    }
    return out;
  }
}
