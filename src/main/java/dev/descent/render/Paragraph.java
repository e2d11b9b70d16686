package dev.descent.render;

import java.util.ArrayList;
import java.util.List;

/**
 * descent's one wrapper: breaks prose, or a list of entries such as a legend, into lines no wider
 * than a number of screen columns (counted by {@link Cells}), for both front ends, the tables and
 * plots, and the command-line help.
 *
 * <p>Lines break at spaces, but never next to an equals sign or a binary operator, so that a formula
 * such as {@code e = w − 3} or {@code η = 0.1} stays on one line; a run of words joined that way
 * breaks at its spaces only when it is wider than a whole line. A word wider than a line is cut
 * between characters, after a {@code /} when it can be, so that a path breaks at a folder.
 */
public final class Paragraph {

  /** Characters that, standing alone between spaces, are an operator: no line breaks next to them. */
  private static final String OPERATORS = "=−-+·×÷*/^←→<>≤≥≈≠±∓≡∝↦⇒";

  private Paragraph() {}

  /** {@code text} broken into lines of at most {@code width} columns; blank text gives no line. */
  public static List<String> wrap(String text, int width) {
    return wrap(text, width, width);
  }

  /** {@code text} broken into a first line of at most {@code first} columns and others of at most {@code rest}. */
  private static List<String> wrap(String text, int first, int rest) {
    Lines lines = new Lines(Math.max(first, 1), Math.max(rest, 1));
    for (List<String> unit : units(text)) {
      String joined = String.join(" ", unit);
      int w = Cells.width(joined);
      if (w <= lines.whole()) {
        lines.add(joined, w);
      } else {
        for (String word : unit) {
          lines.add(word, Cells.width(word));
        }
      }
    }
    return lines.done();
  }

  /** Like {@link #wrap}, with {@code indent} spaces before every line, counted in the width. */
  public static List<String> indented(String text, int indent, int width) {
    return hanging(text, indent, indent, width);
  }

  /**
   * Like {@link #indented}, with {@code first} spaces before the first line and {@code rest} before the
   * others, as under a list item's label: "a) text" with its next lines under the text.
   */
  public static List<String> hanging(String text, int first, int rest, int width) {
    List<String> out = new ArrayList<>();
    String pad = " ".repeat(Math.max(rest, 0));
    for (String l : wrap(text, width - first, width - rest)) {
      out.add((out.isEmpty() ? " ".repeat(Math.max(first, 0)) : pad) + l);
    }
    return out;
  }

  /**
   * {@code entries} joined by {@code separator} into lines of at most {@code width} columns,
   * breaking only between entries; an entry wider than the width is wrapped as prose.
   */
  public static List<String> entries(List<String> entries, String separator, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String e : entries) {
      if (line.length() > 0 && Cells.width(line) + Cells.width(separator) + Cells.width(e) > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (Cells.width(e) > width) {
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

  /** True when {@code word} is an operator standing alone, such as {@code =}, {@code −} or {@code ←}. */
  static boolean isOperator(String word) {
    if (word.isEmpty() || word.length() > 3) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (OPERATORS.indexOf(word.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The words of {@code text} in runs that must stay on one line: a break is allowed only between runs. */
  private static List<List<String>> units(String text) {
    List<List<String>> units = new ArrayList<>();
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return units;
    }
    List<String> unit = new ArrayList<>();
    String before = null;
    for (String word : words(stripped)) {
      if (before != null && !joined(before, word)) {
        units.add(unit);
        unit = new ArrayList<>();
      }
      unit.add(word);
      before = word;
    }
    units.add(unit);
    return units;
  }

  /**
   * The words of {@code text} between runs of ASCII white space (as {@code split("\\s+")} gives them,
   * without compiling an expression on the way to the first screen).
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0;
      if (space && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }

  /** True when no line may break between the words {@code a} and {@code b}. */
  private static boolean joined(String a, String b) {
    return isOperator(a) || isOperator(b) || a.endsWith("=") || b.startsWith("=");
  }

  /**
   * Lines being filled: the finished ones, and the current one with its width in columns; the first line
   * may be narrower or wider than the others.
   */
  private static final class Lines {
    final int first;
    final int rest;
    final List<String> out = new ArrayList<>();
    final StringBuilder line = new StringBuilder();
    int used;

    Lines(int first, int rest) {
      this.first = first;
      this.rest = rest;
    }

    /** The width of the line being filled. */
    int width() {
      return out.isEmpty() ? first : rest;
    }

    /** The width of the line a new run of words would start: this one while it is empty, else the next. */
    int whole() {
      return line.length() == 0 ? width() : rest;
    }

    /** Adds {@code word}, {@code need} columns wide, starting a new line (or several, for a long word) when it does not fit. */
    void add(String word, int need) {
      if (line.length() > 0 && used + 1 + need <= width()) {
        line.append(' ').append(word);
        used += 1 + need;
        return;
      }
      if (line.length() > 0) {
        out.add(line.toString());
        line.setLength(0);
      }
      String left = word;
      int leftWidth = need;
      while (leftWidth > width()) {
        int cut = cutPoint(left, width());
        out.add(left.substring(0, cut));
        left = left.substring(cut);
        leftWidth = Cells.width(left);
      }
      line.append(left);
      used = leftWidth;
    }

    List<String> done() {
      if (line.length() > 0) {
        out.add(line.toString());
      }
      return out;
    }
  }

  /** Where to cut a word wider than {@code width}: after its last {@code /} that fits, else at the width. */
  private static int cutPoint(String word, int width) {
    int fits = Math.max(Cells.indexAt(word, width), Cells.next(word, 0));
    int slash = word.lastIndexOf('/', fits - 1);
    return slash > 0 && slash + 1 < fits ? slash + 1 : fits;
  }
}
