package dev.descent.render;

import java.util.ArrayList;
import java.util.List;

/** Wraps a sentence into lines no longer than a width, breaking at spaces where it can. */
final class Paragraph {

  private Paragraph() {}

  /** {@code text} broken into lines of at most {@code width} characters. */
  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          out.add(line.toString());
          line.setLength(0);
        }
        out.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }
}
