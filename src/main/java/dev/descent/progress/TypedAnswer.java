package dev.descent.progress;

import java.util.List;
import java.util.Objects;

/** An answer as the learner typed it: one line of text, or the cells of a table row by row. */
public sealed interface TypedAnswer permits TypedAnswer.Text, TypedAnswer.Table {

  /** An answer typed on one line, such as {@code 0.25} or {@code b, d}. */
  record Text(String text) implements TypedAnswer {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** The cells of a table answer, one list per row, in the order of the layout's steps. */
  record Table(List<List<String>> rows) implements TypedAnswer {
    public Table {
      rows = rows.stream().<List<String>>map(List::copyOf).toList();
    }
  }
}
