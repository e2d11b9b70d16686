package dev.descent.check;

import dev.descent.check.input.Option;
import dev.descent.course.QuestionKind;
import java.util.List;

/** What the checker needs to know about a question besides its answer: kind, tolerance and options. */
public record Asked(QuestionKind kind, Tolerance tolerance, List<Option> options, boolean multiple) {
  public Asked {
    options = List.copyOf(options);
  }

  /** A question of {@code kind} with the default tolerance and no options. */
  public static Asked of(QuestionKind kind) {
    return new Asked(kind, Tolerance.DEFAULT, List.of(), false);
  }
}
