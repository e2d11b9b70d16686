package dev.descent.problem;

import dev.descent.check.Answer;
import dev.descent.check.Mistake;
import java.util.List;

/**
 * What a computation gives for one variant: the right answer, the values of the usual wrong rules,
 * and a worked solution as lines of text.
 */
public record Outcome(Answer answer, List<Mistake> mistakes, List<String> solution) {
  public Outcome {
    mistakes = List.copyOf(mistakes);
    solution = List.copyOf(solution);
  }
}
