package dev.descent.check.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line of numbers into cells, deciding whether its commas separate numbers or are decimal
 * commas.
 *
 * <p>Commas are decimal commas when the line also holds a {@code ;}, when every comma sits between two
 * digits and the numbers are otherwise separated by spaces or {@code |} ({@code 1,2 -0,4}), or when one
 * number is expected and the only comma sits between digits ({@code 0,25}). Otherwise commas separate.
 *
 * <p>Cells are separated by {@code ;} when commas are decimal commas and by {@code ,} otherwise (and by
 * {@code |} in table rows), whitespace around them being padding; a line with none of these is split
 * at whitespace, so numbers separated by spaces are written without spaces inside. Nothing inside
 * brackets separates.
 */
final class Cells {
  private Cells() {}

  /** The cells of {@code line}, and whether commas in them are decimal commas. */
  record Split(List<Span> cells, boolean decimalComma) {}

  /**
   * Splits {@code line} of {@code text}.
   *
   * @param bars whether {@code |} separates cells (table rows); a leading and a trailing one are ignored
   * @param expected how many numbers are expected, or -1 when any number is fine
   */
  static Split split(String text, Brackets brackets, Span line, boolean bars, int expected) {
    Span range = line.trim(text);
    if (bars) {
      range = withoutOuterBars(text, range);
    }
    boolean semicolon = false;
    boolean bar = false;
    boolean space = false;
    int commas = 0;
    boolean commasBetweenDigits = true;
    for (int i = range.start(); i < range.end(); i = brackets.next(i)) {
      char c = text.charAt(i);
      semicolon |= c == ';';
      bar |= bars && c == '|';
      space |= Character.isWhitespace(c);
      if (c == ',') {
        commas++;
        commasBetweenDigits &= TypedText.betweenDigits(text, i);
      }
    }
    boolean decimalComma = semicolon
        || commas > 0 && commasBetweenDigits && (space || bar || expected == 1 && commas == 1);
    String separators = (decimalComma ? ";" : ",") + (bars ? "|" : "");
    List<Span> cells = hasAny(text, brackets, range, separators)
        ? splitAt(text, brackets, range, separators)
        : splitAtSpace(text, brackets, range);
    return new Split(cells, decimalComma);
  }

  private static Span withoutOuterBars(String text, Span range) {
    Span r = range;
    if (!r.isEmpty() && text.charAt(r.start()) == '|') {
      r = new Span(r.start() + 1, r.end()).trim(text);
    }
    if (!r.isEmpty() && text.charAt(r.end() - 1) == '|') {
      r = new Span(r.start(), r.end() - 1).trim(text);
    }
    return r;
  }

  private static boolean hasAny(String text, Brackets brackets, Span range, String separators) {
    for (int i = range.start(); i < range.end(); i = brackets.next(i)) {
      if (separators.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Cells between separators, blank ones included: {@code 1, , 3} has three. */
  private static List<Span> splitAt(String text, Brackets brackets, Span range, String separators) {
    List<Span> cells = new ArrayList<>();
    int start = range.start();
    for (int i = range.start(); i < range.end(); i = brackets.next(i)) {
      if (separators.indexOf(text.charAt(i)) >= 0) {
        cells.add(new Span(start, i).trim(text));
        start = i + 1;
      }
    }
    cells.add(new Span(start, range.end()).trim(text));
    return cells;
  }

  /** Cells between runs of whitespace; none when the range is blank. */
  private static List<Span> splitAtSpace(String text, Brackets brackets, Span range) {
    List<Span> cells = new ArrayList<>();
    int start = -1;
    for (int i = range.start(); i < range.end(); ) {
      boolean blank = Character.isWhitespace(text.charAt(i));
      if (!blank && start < 0) {
        start = i;
      } else if (blank && start >= 0) {
        cells.add(new Span(start, i));
        start = -1;
      }
      i = blank ? i + 1 : brackets.next(i);
    }
    if (start >= 0) {
      cells.add(new Span(start, range.end()));
    }
    return cells;
  }
}
