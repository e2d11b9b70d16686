package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import java.util.List;

/**
 * One quantity a computation works out on the way to its answer, asked on its own when an answer is
 * broken down: its short name ("the error"), the question that asks for it with the variant's numbers,
 * its value and the usual wrong values of this quantity alone.
 */
public record Part(String name, String prompt, Value value, List<Mistake> mistakes) {
  public Part {
    if (name == null || name.isBlank() || prompt == null || prompt.isBlank() || value == null) {
      throw new IllegalArgumentException("a part needs a name, a prompt and a value");
    }
    mistakes = List.copyOf(mistakes);
  }

  /** A part with no usual wrong value of its own. */
  public static Part of(String name, String prompt, Value value) {
    return new Part(name, prompt, value, List.of());
  }
}
