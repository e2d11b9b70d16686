package dev.descent.check.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One row of a table as the learner typed it: the step number when the row starts with one
 * ({@code 3: …}), and one value per column, null where the cell was left empty or written {@code -} or
 * {@code ?}.
 */
public record TypedRow(OptionalInt step, List<Double> values) {

  /** Keeps an unmodifiable copy of the values, nulls included. */
  public TypedRow {
    Objects.requireNonNull(step, "step");
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** Whether every cell was filled. */
  public boolean isComplete() {
    return !values.contains(null);
  }
}
