package dev.descent.ui;

import dev.descent.course.Feedback;
import dev.descent.course.Feedback.RowMark;
import dev.descent.course.Feedback.RowVerdict;
import dev.descent.course.Feedback.Verdict;
import java.util.Locale;

/** The words and symbols that say a verdict, so that it reads without colour. */
public final class Verdicts {
  /** A headline that says "wrong" in other words; it is shown with the word the symbol stands for. */
  private static final String NOT_RIGHT = "not right";

  private Verdicts() {}

  /** The verdict in words, such as "Partly right". */
  public static String word(Verdict v) {
    return switch (v) {
      case RIGHT -> "Right";
      case PARTLY -> "Partly right";
      case WRONG -> "Wrong";
      case UNREADABLE -> "Could not read";
    };
  }

  /** One character that shows the verdict at a glance. */
  public static String symbol(Verdict v) {
    return switch (v) {
      case RIGHT -> "✓";
      case PARTLY -> "~";
      case WRONG -> "✗";
      case UNREADABLE -> "?";
    };
  }

  /**
   * A table row's verdict as one sentence, said once: "right", "right given your row above", "not filled
   * in", or "wrong: " and what is wrong, then what its cells should hold when the reply tells it.
   */
  public static String row(RowMark m) {
    String note = m.note().strip();
    String said = switch (m.verdict()) {
      case RIGHT -> "right";
      case CARRIED -> note.isEmpty() ? "right given your row above" : note;
      case MISSING -> note.isEmpty() ? "not filled in" : note;
      case WRONG -> note.isEmpty() ? "wrong" : "wrong: " + note;
    };
    return m.values().isBlank() ? said : said + " " + m.values().strip();
  }

  /** One character for a table row's verdict. */
  public static String symbol(RowVerdict v) {
    return switch (v) {
      case RIGHT -> "✓";
      case CARRIED -> "↳";
      case WRONG -> "✗";
      case MISSING -> "-";
    };
  }

  /**
   * The verdict word followed by the feedback's headline, without saying the word twice when the
   * headline already starts with it (or, for a wrong answer, with "Not right").
   */
  public static String sentence(Feedback f) {
    String word = word(f.verdict());
    String headline = f.headline() == null ? "" : f.headline().strip();
    if (f.verdict() == Verdict.WRONG && headline.toLowerCase(Locale.ROOT).startsWith(NOT_RIGHT)) {
      headline = word + headline.substring(NOT_RIGHT.length());
    }
    if (headline.isEmpty()) {
      return word + ".";
    }
    if (headline.toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT))) {
      return headline;
    }
    return word + ". " + headline;
  }
}
