package dev.descent.check.input;

import dev.descent.engine.expr.Expression;
import dev.descent.engine.expr.ExpressionException;
import dev.descent.render.Numbers;
import java.util.Arrays;

/**
 * Reads one number, possibly small arithmetic such as {@code sqrt(2)/2}, from a span of the typed
 * text; messages name columns of the whole text and start with a label such as "number 2: ".
 */
final class NumberCell {
  private NumberCell() {}

  /**
   * The value of the non-blank {@code cell} of {@code text}.
   *
   * @param decimalComma whether a comma between two digits is a decimal point
   * @param label put before every message, such as "row 2, number 1: ", or empty
   */
  static double read(String text, Span cell, boolean decimalComma, String label) {
    String typed = cell.of(text);
    refuseCommonSlips(text, cell, label);
    // The parser sees the cell where it stands in the whole text, blanks elsewhere, so that the
    // columns it reports are those the learner sees.
    char[] chars = new char[cell.end()];
    Arrays.fill(chars, 0, cell.start(), ' ');
    for (int i = cell.start(); i < cell.end(); i++) {
      char c = text.charAt(i);
      chars[i] = c == ',' && decimalComma && TypedText.betweenDigits(text, i) ? '.' : c;
    }
    double plain = plainDecimal(chars, cell.start(), cell.end());
    if (!Double.isNaN(plain)) {
      return plain;
    }
    Expression e;
    try {
      e = Expression.parse(new String(chars));
    } catch (ExpressionException ex) {
      throw new AnswerFormatException(label + reword(ex.getMessage()), ex.column());
    }
    if (!e.isConstant()) {
      String uses = e.variables().size() == 1 && e.variables().get(0).equals(typed)
          ? "" : " (it uses " + TypedText.names(e.variables()) + ")";
      throw new AnswerFormatException(label + TypedText.quote(typed) + " is not a number" + uses
          + "; type a number such as 0.25 or 1/4", cell.column());
    }
    double value = e.constantValue();
    if (Double.isNaN(value)) {
      throw new AnswerFormatException(label + TypedText.quote(typed) + " has no value: check for 0/0, or a square"
          + " root or log of a negative number", cell.column());
    }
    if (Double.isInfinite(value)) {
      throw new AnswerFormatException(label + TypedText.quote(typed) + " does not give a finite number: check for"
          + " a division by 0, a log of 0, or a number too large to compute with", cell.column());
    }
    return value;
  }

  /**
   * The value of a cell that is a plain decimal number, optionally signed ({@code -0.6}, {@code 12},
   * {@code 1.25}), read without the expression parser: most answers are such numbers, and a class of ten
   * thousand files has a million of them. The value is the parser's own (both read the digits with
   * {@link Double#parseDouble}, and a sign only negates). NaN for anything else, which goes to the parser.
   */
  private static double plainDecimal(char[] chars, int start, int end) {
    int from = start;
    int to = end;
    while (from < to && chars[from] == ' ') {
      from++;
    }
    while (to > from && chars[to - 1] == ' ') {
      to--;
    }
    boolean negative = from < to && chars[from] == '-';
    int digits = negative || from < to && chars[from] == '+' ? from + 1 : from;
    int i = digits;
    while (i < to && chars[i] >= '0' && chars[i] <= '9') {
      i++;
    }
    if (i == digits || i - digits > 15) {
      return Double.NaN;
    }
    if (i < to && chars[i] == '.') {
      i++;
      int fraction = i;
      while (i < to && chars[i] >= '0' && chars[i] <= '9') {
        i++;
      }
      if (i - fraction > 15) {
        return Double.NaN;
      }
    }
    if (i != to) {
      return Double.NaN;
    }
    double value = Double.parseDouble(new String(chars, digits, to - digits));
    return negative ? -value : value;
  }

  /** The parser speaks of "the expression"; a learner typed an answer. */
  static String reword(String parserMessage) {
    return TypedText.shortenQuotes(parserMessage.replace("the expression", "the answer"));
  }

  private static void refuseCommonSlips(String text, Span cell, String label) {
    String typed = cell.of(text);
    if (typed.endsWith("%")) {
      throw new AnswerFormatException(label + "type percentages as numbers: " + percentExample(text, cell),
          cell.end());
    }
    int equals = typed.indexOf('=');
    if (equals >= 0) {
      throw new AnswerFormatException(label + onlyTheRightSide("value", typed.substring(0, equals)),
          cell.start() + equals + 1);
    }
    for (int i = cell.start(); i < cell.end(); i++) {
      if (Character.isWhitespace(text.charAt(i)) && isNumberChar(text.charAt(i - 1))) {
        int j = i;
        while (j < cell.end() && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < cell.end() && isNumberChar(text.charAt(j))) {
          throw new AnswerFormatException(label + "a space inside a number at column " + (i + 1)
              + ": remove the space (write 1000, not 1 000), or put an operator between two numbers", i + 1);
        }
      }
    }
  }

  /** Asks for the {@code what} alone when a learner typed {@code before =} in front of it, as in "w = 0.5". */
  static String onlyTheRightSide(String what, String before) {
    String name = before.strip();
    if (name.isEmpty() || name.length() > 12) {
      return "type only the " + what + ", without '='";
    }
    return "type only the " + what + ", without the " + TypedText.quote(name + " =") + " before it";
  }

  private static boolean isNumberChar(char c) {
    return TypedText.isDigit(c) || c == '.';
  }

  private static String percentExample(String text, Span cell) {
    String digits = text.substring(cell.start(), cell.end() - 1).strip();
    boolean plain = !digits.isEmpty() && digits.length() < 20
        && digits.chars().allMatch(c -> TypedText.isDigit((char) c) || c == '.' || c == ',');
    try {
      if (plain) {
        return digits + "% is " + Numbers.format(Double.parseDouble(digits.replace(',', '.')) / 100);
      }
    } catch (NumberFormatException notPlain) {
      // such as 1.2.3: fall through to the general example
    }
    return "5% is 0.05";
  }
}
