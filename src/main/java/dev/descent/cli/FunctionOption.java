package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.expr.ExpressionException;
import dev.descent.render.Visible;

/** Parses a function given on the command line; an error shows the text with a caret under the column. */
final class FunctionOption {
  private FunctionOption() {}

  static Expression parse(String option, String text) {
    try {
      return Expression.parse(text);
    } catch (ExpressionException e) {
      throw new DescentException(option + ": " + e.getMessage() + caret(text, e.column()));
    }
  }

  /** Two lines pointing at {@code column} of {@code text}, or nothing when the text is too long to show. */
  static String caret(String text, int column) {
    if (text.length() > 200 || text.contains("\n") || column < 1) {
      return "";
    }
    int at = Math.min(column, text.length() + 1);
    // Shown as the terminal will show it (a control character as ^[), with the caret under the same place.
    String before = Visible.inline(text.substring(0, at - 1));
    return System.lineSeparator() + "  " + Visible.inline(text) + System.lineSeparator() + "  "
        + " ".repeat(before.length()) + "^";
  }
}
