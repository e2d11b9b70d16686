package dev.descent.check.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a matrix written as bracketed rows ({@code [[10, 0], [0, 26]]}) or as rows separated by
 * {@code ;} or new lines ({@code 10 0; 0 26}, {@code [10 0; 0 26]}, {@code 10, 0; 0, 26}); blank rows
 * are skipped, and every row must have as many numbers as the first.
 */
final class MatrixReader {
  private MatrixReader() {}

  /** The rows typed; {@code rows} and {@code cols} -1 take any size. */
  static double[][] read(String typed, int rows, int cols) {
    String text = TypedText.prepare(typed);
    if (text.isBlank()) {
      throw new AnswerFormatException("type the matrix row by row, such as [[10, 0], [0, 26]] or 10 0; 0 26");
    }
    Brackets brackets = Brackets.of(text);
    Span inside = brackets.unwrap(text, new Span(0, text.length()));
    List<Span> lines = isBracketedRows(text, brackets, inside)
        ? bracketedRows(text, brackets, inside)
        : separatedRows(text, brackets, inside);
    if (lines.isEmpty()) {
      throw new AnswerFormatException("the matrix is empty; type its rows, such as [[10, 0], [0, 26]]");
    }
    double[][] matrix = new double[lines.size()][];
    for (int r = 0; r < matrix.length; r++) {
      Cells.Split split = Cells.split(text, brackets, lines.get(r), false, cols);
      matrix[r] = VectorReader.numbers(text, split, lines.size() == 1 ? "" : "row " + (r + 1) + ", ");
      if (matrix[r].length != matrix[0].length) {
        throw new AnswerFormatException("row " + (r + 1) + " has " + TypedText.count(matrix[r].length, "number")
            + " but row 1 has " + matrix[0].length + "; every row needs the same count"
            + VectorReader.decimalCommaHint(text, split), lines.get(r).column());
      }
    }
    checkSize(matrix, rows, cols);
    return matrix;
  }

  /** True when {@code inside} holds only bracketed groups and separators between them. */
  private static boolean isBracketedRows(String text, Brackets brackets, Span inside) {
    if (inside.isEmpty() || brackets.partner(inside.start()) <= inside.start()) {
      return false;
    }
    for (int i = inside.start(); i < inside.end(); i = brackets.next(i)) {
      char c = text.charAt(i);
      boolean group = brackets.partner(i) > i;
      if (!group && c != ',' && c != ';' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static List<Span> bracketedRows(String text, Brackets brackets, Span inside) {
    List<Span> rows = new ArrayList<>();
    for (int i = inside.start(); i < inside.end(); i = brackets.next(i)) {
      if (brackets.partner(i) > i) {
        rows.add(new Span(i + 1, brackets.partner(i)));
      }
    }
    return rows;
  }

  private static List<Span> separatedRows(String text, Brackets brackets, Span inside) {
    List<Span> rows = new ArrayList<>();
    int start = inside.start();
    for (int i = inside.start(); i <= inside.end(); i = i < inside.end() ? brackets.next(i) : i + 1) {
      char c = i < inside.end() ? text.charAt(i) : ';';
      if (c == ';' || c == '\n' || c == '\r') {
        Span row = new Span(start, i).trim(text);
        if (!row.isEmpty()) {
          rows.add(row);
        }
        start = i + 1;
      }
    }
    return rows;
  }

  private static void checkSize(double[][] matrix, int rows, int cols) {
    boolean rowsOk = rows < 0 || matrix.length == rows;
    boolean colsOk = cols < 0 || matrix[0].length == cols;
    if (rowsOk && colsOk) {
      return;
    }
    String wanted;
    if (rows >= 0 && cols >= 0) {
      wanted = "a " + rows + "×" + cols + " matrix (" + TypedText.count(rows, "row") + " of "
          + TypedText.count(cols, "number") + ")";
    } else if (rows >= 0) {
      wanted = TypedText.count(rows, "row");
    } else {
      wanted = "rows of " + TypedText.count(cols, "number");
    }
    String got = TypedText.count(matrix.length, "row") + " of " + TypedText.count(matrix[0].length, "number");
    String hint = matrix.length == 1 && rows > 1 ? "; separate the rows with ';', as in 10 0; 0 26" : "";
    throw new AnswerFormatException("expected " + wanted + ", got " + got + hint);
  }
}
