package dev.descent.ui.tui;

import java.util.ArrayList;
import java.util.List;

/** The editable cells of a table question, row by row, and the cell that has the cursor. */
final class TableGrid {
  private final AnswerField[][] cells;
  private int row;
  private int column;

  TableGrid(int rows, int columns) {
    cells = new AnswerField[rows][columns];
    for (AnswerField[] r : cells) {
      for (int c = 0; c < columns; c++) {
        r[c] = new AnswerField();
      }
    }
  }

  int rows() {
    return cells.length;
  }

  int columns() {
    return cells.length == 0 ? 0 : cells[0].length;
  }

  int row() {
    return row;
  }

  int column() {
    return column;
  }

  AnswerField cell(int r, int c) {
    return cells[r][c];
  }

  AnswerField current() {
    return cells[row][column];
  }

  /** Moves to the cell {@code dr} rows and {@code dc} columns away, staying inside the grid. */
  void move(int dr, int dc) {
    row = Math.max(0, Math.min(rows() - 1, row + dr));
    column = Math.max(0, Math.min(columns() - 1, column + dc));
  }

  /** Moves to the next cell in reading order; false when this was the last. */
  boolean next() {
    if (column + 1 < columns()) {
      column++;
      return true;
    }
    if (row + 1 < rows()) {
      row++;
      column = 0;
      return true;
    }
    return false;
  }

  /** Moves to the previous cell in reading order; false when this was the first. */
  boolean previous() {
    if (column > 0) {
      column--;
      return true;
    }
    if (row > 0) {
      row--;
      column = columns() - 1;
      return true;
    }
    return false;
  }

  void first() {
    row = 0;
    column = 0;
  }

  void last() {
    row = rows() - 1;
    column = columns() - 1;
  }

  /** Fills the cells from {@code rows} (one list per row, as progress keeps them); cells beyond them stay empty. */
  void load(List<List<String>> rows) {
    for (int r = 0; r < rows(); r++) {
      for (int c = 0; c < columns(); c++) {
        List<String> row = r < rows.size() ? rows.get(r) : List.of();
        cells[r][c].set(c < row.size() && row.get(c) != null ? row.get(c) : "");
      }
    }
  }

  /** How many cells are empty. */
  int emptyCells() {
    int n = 0;
    for (AnswerField[] r : cells) {
      for (AnswerField f : r) {
        n += f.text().isBlank() ? 1 : 0;
      }
    }
    return n;
  }

  /** The typed cells, one list per row. */
  List<List<String>> values() {
    List<List<String>> out = new ArrayList<>();
    for (AnswerField[] r : cells) {
      List<String> row = new ArrayList<>();
      for (AnswerField f : r) {
        row.add(f.text().strip());
      }
      out.add(row);
    }
    return out;
  }

  boolean isEmpty() {
    for (AnswerField[] r : cells) {
      for (AnswerField f : r) {
        if (!f.isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }
}
