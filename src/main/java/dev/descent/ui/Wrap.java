package dev.descent.ui;

import dev.descent.render.Paragraph;
import java.util.List;

/** Prose from lesson files and feedback, made safe to print and wrapped by descent's one wrapper, {@link Paragraph}. */
public final class Wrap {
  private Wrap() {}

  /** {@code text}, cleaned, in lines of at most {@code width} columns; a blank text gives one empty line. */
  public static List<String> lines(String text, int width) {
    List<String> lines = Paragraph.wrap(Text.clean(text), width);
    return lines.isEmpty() ? List.of("") : lines;
  }

  /** Like {@link #lines}, with {@code indent} spaces before every line, the indent counted in the width. */
  public static List<String> indented(String text, int indent, int width) {
    List<String> lines = Paragraph.indented(Text.clean(text), indent, width);
    return lines.isEmpty() ? List.of(" ".repeat(Math.max(indent, 0))) : lines;
  }
}
