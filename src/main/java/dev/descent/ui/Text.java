package dev.descent.ui;

import dev.descent.render.Cells;

/** Makes text from lesson files and feedback safe to print: no control characters, tabs as spaces. */
public final class Text {
  private Text() {}

  /** {@code s} with tabs expanded to four spaces and every other control character removed. */
  public static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        out.append("    ");
      } else if (c == '\n') {
        out.append('\n');
      } else if (!Character.isISOControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code s} cut to {@code width} screen columns in whole characters, ending in "…" when something was cut. */
  public static String fit(String s, int width) {
    return Cells.fit(s, width, "…");
  }
}
