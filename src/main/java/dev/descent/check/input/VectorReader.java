package dev.descent.check.input;

import java.util.List;

/** Reads a vector such as {@code (1.2, -0.4)}, {@code [1.2, -0.4]}, {@code 1.2 -0.4} or {@code (1,2; -0,4)}. */
final class VectorReader {
  private VectorReader() {}

  /**
   * The numbers typed; {@code length} -1 takes any count, and {@code names} (possibly empty) name the
   * expected numbers in the message when the count is wrong.
   */
  static double[] read(String typed, int length, List<String> names) {
    String text = TypedText.prepare(typed);
    if (text.isBlank()) {
      throw new AnswerFormatException("type the numbers of the vector, such as (1.2, -0.4)");
    }
    Brackets brackets = Brackets.of(text);
    Span inside = brackets.unwrap(text, new Span(0, text.length()));
    if (inside.isEmpty()) {
      throw new AnswerFormatException("the brackets are empty; type the numbers inside them, such as (1.2, -0.4)");
    }
    Cells.Split split = Cells.split(text, brackets, inside, false, length);
    double[] values = numbers(text, split, "");
    if (length >= 0 && values.length != length) {
      throw new AnswerFormatException(countMessage(text, split, length, names));
    }
    return values;
  }

  /** The values of the cells of {@code split}; {@code where} starts each message, such as "row 2, ". */
  static double[] numbers(String text, Cells.Split split, String where) {
    List<Span> cells = split.cells();
    double[] values = new double[cells.size()];
    for (int i = 0; i < values.length; i++) {
      Span cell = cells.get(i);
      String label = where + "number " + (i + 1);
      if (cell.isEmpty()) {
        throw new AnswerFormatException(label + " is missing", cell.column());
      }
      values[i] = NumberCell.read(text, cell, split.decimalComma(), label + ": ");
    }
    return values;
  }

  private static String countMessage(String text, Cells.Split split, int length, List<String> names) {
    String message = "expected " + TypedText.count(length, "number")
        + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")") + ", got " + split.cells().size();
    return message + decimalCommaHint(text, split);
  }

  /** A reminder of the {@code ;} when commas were taken as separators but one sits between digits. */
  static String decimalCommaHint(String text, Cells.Split split) {
    if (split.decimalComma()) {
      return "";
    }
    for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
      if (TypedText.betweenDigits(text, i)) {
        return "; with decimal commas, separate the numbers with ';', as in (1,2; -0,4)";
      }
    }
    return "";
  }
}
