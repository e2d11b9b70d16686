package dev.descent.render;

import java.util.ArrayList;
import java.util.List;

/** Reads cells back out of rendered table lines, using the dashes under each header for the spans. */
final class TableText {

  private TableText() {}

  /** The cells under {@code header} in the first panel that has it, top to bottom. */
  static List<String> column(List<String> lines, String header) {
    for (int i = 1; i < lines.size(); i++) {
      String dashes = lines.get(i);
      if (!dashes.startsWith("-")) {
        continue;
      }
      for (int[] span : spans(dashes)) {
        if (cell(lines.get(i - 1), span).equals(header)) {
          List<String> cells = new ArrayList<>();
          for (int r = i + 1; r < lines.size() && !lines.get(r).isEmpty() && Character.isDigit(firstNonSpace(lines.get(r))); r++) {
            cells.add(cell(lines.get(r), span));
          }
          return cells;
        }
      }
    }
    throw new AssertionError("no column " + header + " in\n" + String.join("\n", lines));
  }

  /** How many panels the table has, counted by their lines of dashes. */
  static long panels(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("-")).count();
  }

  private static char firstNonSpace(String s) {
    String t = s.strip();
    return t.isEmpty() ? ' ' : t.charAt(0);
  }

  private static List<int[]> spans(String dashes) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < dashes.length()) {
      if (dashes.charAt(i) == '-') {
        int start = i;
        while (i < dashes.length() && dashes.charAt(i) == '-') {
          i++;
        }
        out.add(new int[] {start, i});
      } else {
        i++;
      }
    }
    return out;
  }

  private static String cell(String line, int[] span) {
    return line.length() <= span[0] ? "" : line.substring(span[0], Math.min(span[1], line.length())).strip();
  }
}
