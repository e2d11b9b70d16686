package dev.descent.render;

import java.util.ArrayList;
import java.util.List;

/** Wraps a sentence, or a list of entries such as a legend, into lines no longer than a width. */
public final class Paragraph {

  private Paragraph() {}

  /** {@code text} broken into lines of at most {@code width} characters. */
  public static List<String> wrap(String text, int width) {
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

  /**
   * {@code entries} joined by {@code separator} into lines of at most {@code width} characters,
   * breaking only between entries; an entry longer than the width is wrapped at its spaces.
   */
  static List<String> entries(List<String> entries, String separator, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String e : entries) {
      if (line.length() > 0 && line.length() + separator.length() + e.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (e.length() > width) {
        out.addAll(wrap(e, width));
        continue;
      }
      line.append(line.length() > 0 ? separator : "").append(e);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }
}
