package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.course.QuestionKind;
import java.util.List;
import java.util.Set;

/** A choice whose answer is a matter of understanding, given in the file. */
public record FixedChoice(Set<String> correct, String explanation) implements Computation {

  public FixedChoice {
    correct = Set.copyOf(correct);
  }

  @Override public QuestionKind kind() { return QuestionKind.CHOICE; }

  @Override
  public Outcome evaluate(Bindings b) {
    return new Outcome(new Value.Choice(correct), List.of(),
        explanation == null ? List.of("Right: " + String.join(", ", new java.util.TreeSet<>(correct))) : List.of(explanation));
  }
}
