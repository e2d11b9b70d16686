package dev.descent.course;

import java.util.List;

/**
 * A learner's latest answer to a question that counted, as it was typed (one line, or a table's cells row
 * by row), with the reply it gets: kept in progress, so that a learner who comes back sees both.
 *
 * @param text the line typed, or empty for a table
 * @param rows the cells typed, one list per row in the order of the table's steps, or empty for a line
 */
public record LastAnswer(String text, List<List<String>> rows, Feedback reply) {
  public LastAnswer {
    text = text == null ? "" : text;
    rows = rows.stream().<List<String>>map(List::copyOf).toList();
  }
}
