package dev.descent.ui;

import dev.descent.render.Cells;
import dev.descent.render.Visible;

/** Makes text from lesson files and feedback safe to print: control characters shown visibly, tabs as spaces. */
public final class Text {
  private Text() {}

  /**
   * {@code s} with tabs expanded to four spaces, newlines kept, and every other character a terminal
   * would act on or hide shown visibly, as {@link Visible#lines} shows it.
   */
  public static String clean(String s) {
    return Visible.lines(s).replace("\t", "    ");
  }

  /** {@code s} cut to {@code width} screen columns in whole characters, ending in "…" when something was cut. */
  public static String fit(String s, int width) {
    return Cells.fit(s, width, "…");
  }
}
