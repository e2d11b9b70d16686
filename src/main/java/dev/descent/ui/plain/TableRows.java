package dev.descent.ui.plain;

import java.util.ArrayList;
import java.util.List;

/** Splits a typed table row into cells: at '|' or ';' when the row has one, else at spaces. */
final class TableRows {
  private TableRows() {}

  static List<String> cells(String line) {
    String t = line.strip();
    String separator = t.contains("|") ? "\\|" : t.contains(";") ? ";" : "\\s+";
    List<String> out = new ArrayList<>();
    for (String cell : t.split(separator)) {
      if (!cell.isBlank()) {
        out.add(cell.strip());
      }
    }
    return out;
  }
}
