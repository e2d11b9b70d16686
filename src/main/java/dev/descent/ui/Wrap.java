package dev.descent.ui;

import java.util.ArrayList;
import java.util.List;

/** Breaks prose into lines that fit a width, at spaces, cutting only words longer than a line. */
public final class Wrap {
  private Wrap() {}

  /** {@code text} in lines of at most {@code width} characters; a blank text gives one empty line. */
  public static List<String> lines(String text, int width) {
    int w = Math.max(width, 1);
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : Text.clean(text).strip().split("\\s+")) {
      while (word.length() > w) {
        if (line.length() > 0) {
          out.add(line.toString());
          line.setLength(0);
        }
        out.add(word.substring(0, w));
        word = word.substring(w);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > w) {
        out.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 && !word.isEmpty() ? " " : "").append(word);
    }
    if (line.length() > 0 || out.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }

  /** Like {@link #lines}, with {@code indent} spaces before every line, the indent counted in the width. */
  public static List<String> indented(String text, int indent, int width) {
    List<String> out = new ArrayList<>();
    String pad = " ".repeat(indent);
    for (String l : lines(text, width - indent)) {
      out.add(pad + l);
    }
    return out;
  }
}
