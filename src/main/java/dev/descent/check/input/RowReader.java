package dev.descent.check.input;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one row of a trajectory table, such as {@code 3: 1.872, 1.016384}: numbers separated by
 * commas, spaces, tabs or {@code |} (with decimal commas, by {@code ;}, spaces, tabs or {@code |}),
 * optionally after the step number and a colon.
 *
 * <p>A learner may fill part of a row: a cell written {@code -} or {@code ?}, left empty between two
 * separators, or left off at the end is missing (null); a blank row has every cell missing.
 */
final class RowReader {
  private static final Pattern STEP = Pattern.compile("\\s*(?:step\\s*)?(\\d{1,9})\\s*:", Pattern.CASE_INSENSITIVE);

  private RowReader() {}

  /** The row typed, with exactly {@code cells} values. */
  static TypedRow read(String typed, int cells) {
    if (cells < 1) {
      throw new IllegalArgumentException("a table row has at least one cell, got " + cells);
    }
    String text = TypedText.prepare(typed);
    OptionalInt step = OptionalInt.empty();
    int start = 0;
    Matcher m = STEP.matcher(text);
    if (m.lookingAt()) {
      step = OptionalInt.of(Integer.parseInt(m.group(1)));
      start = m.end();
    }
    Brackets brackets = Brackets.of(text);
    Span inside = brackets.unwrap(text, new Span(start, text.length()));
    Cells.Split split = Cells.split(text, brackets, inside, true, cells);
    List<Span> spans = new ArrayList<>(split.cells());
    while (spans.size() > cells && spans.get(spans.size() - 1).isEmpty()) {
      spans.remove(spans.size() - 1); // a trailing separator, as in "1.8, 1.0,"
    }
    if (spans.size() > cells) {
      throw new AnswerFormatException("expected " + TypedText.count(cells, "number") + " in this row, got " + spans.size()
          + VectorReader.decimalCommaHint(text, split));
    }
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < cells; i++) {
      Span cell = i < spans.size() ? spans.get(i) : new Span(0, 0);
      values.add(isMissing(text, cell) ? null
          : NumberCell.read(text, cell, split.decimalComma(), "number " + (i + 1) + ": "));
    }
    return new TypedRow(step, values);
  }

  private static boolean isMissing(String text, Span cell) {
    String t = cell.of(text);
    return t.isEmpty() || t.equals("-") || t.equals("?");
  }
}
