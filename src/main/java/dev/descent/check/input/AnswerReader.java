package dev.descent.check.input;

import dev.descent.engine.expr.Expression;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads what a learner typed as a number, vector, matrix, formula, choice or table row.
 *
 * <p>Every method takes any string at all (null, empty, very long, binary junk) and either returns a
 * value or throws {@link AnswerFormatException} with a message for the learner; answers longer than
 * {@link #MAX_LENGTH} characters are refused. Numbers may be small arithmetic as the engine's parser
 * reads it ({@code 1/4}, {@code sqrt(2)/2}, {@code pi/4}, {@code 2.5e-1}), with a decimal comma
 * ({@code 0,25}) and a Unicode minus. Not accepted, each with a message saying why: spaces inside a
 * number ({@code 1 000}), percentages ({@code 5%}), names ({@code abc}, {@code w = 0.5}), and results
 * that are not finite ({@code 1/0}, {@code sqrt(-1)}, {@code 1e999}).
 */
public final class AnswerReader {
  /** The longest answer read, in characters. */
  public static final int MAX_LENGTH = TypedText.MAX_LENGTH;

  private AnswerReader() {}

  /**
   * One number, such as {@code 0.25}, {@code 1/4}, {@code -0,5} or {@code sqrt(2)/2}; a comma is read as
   * a decimal comma only when it is the only one and sits between two digits.
   */
  public static double number(String typed) {
    String text = TypedText.prepare(typed);
    Span cell = new Span(0, text.length()).trim(text);
    if (cell.isEmpty()) {
      throw new AnswerFormatException("type a number, such as 0.25 or 1/4");
    }
    int comma = text.indexOf(',');
    boolean several = comma >= 0 && text.indexOf(',', comma + 1) >= 0;
    if (comma >= 0 && (several || !TypedText.betweenDigits(text, comma))) {
      throw new AnswerFormatException(TypedText.quote(cell.of(text)) + " has "
          + (several ? "more than one comma" : "a comma")
          + ": type one number, with a decimal point (0.25) or a single decimal comma (0,25)", comma + 1);
    }
    return NumberCell.read(text, cell, comma >= 0, "");
  }

  /**
   * A vector of any length, such as {@code (1.2, -0.4)}, {@code [1.2, -0.4]}, {@code 1.2 -0.4}, or with
   * decimal commas {@code (1,2; -0,4)} or {@code 1,2 -0,4}.
   */
  public static double[] vector(String typed) {
    return VectorReader.read(typed, -1, List.of());
  }

  /** A vector of exactly {@code length} numbers. */
  public static double[] vector(String typed, int length) {
    requirePositive("length", length);
    return VectorReader.read(typed, length, List.of());
  }

  /** A vector with one number for each of {@code names}, which a wrong count's message lists: "(w, b)". */
  public static double[] vector(String typed, List<String> names) {
    requirePositive("names", names.size());
    return VectorReader.read(typed, names.size(), names);
  }

  /**
   * A matrix with rows of equal length, such as {@code [[10, 0], [0, 26]]}, {@code 10 0; 0 26} or
   * {@code [10 0; 0 26]}; blank rows are skipped.
   */
  public static double[][] matrix(String typed) {
    return MatrixReader.read(typed, -1, -1);
  }

  /** A matrix of exactly {@code rows} by {@code cols}. */
  public static double[][] matrix(String typed, int rows, int cols) {
    requirePositive("rows", rows);
    requirePositive("cols", cols);
    return MatrixReader.read(typed, rows, cols);
  }

  /** A formula such as {@code 2w - 4} or {@code 2(w-2)} that may use only the {@code allowedVariables}. */
  public static Expression expression(String typed, Collection<String> allowedVariables) {
    return ExpressionReader.read(typed, allowedVariables);
  }

  /**
   * The ids of the chosen {@code options}, in their order: each typed as its id ({@code b}, {@code (b)},
   * {@code B)}), its 1-based number or its full text, several separated by commas, spaces or "and" when
   * {@code multiple}.
   */
  public static Set<String> choices(String typed, List<Option> options, boolean multiple) {
    return ChoiceReader.read(typed, options, multiple);
  }

  /**
   * One row of a table with {@code cells} columns, such as {@code 3: 1.872, 1.016384}; cells left out,
   * empty, {@code -} or {@code ?} are null.
   */
  public static TypedRow row(String typed, int cells) {
    return RowReader.read(typed, cells);
  }

  /** True when the readers take {@code c} for a plain space (a no-break or thin space, a BOM, ...). */
  public static boolean readAsSpace(char c) {
    return TypedText.readAsSpace(c);
  }

  private static void requirePositive(String what, int n) {
    if (n < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, got " + n);
    }
  }
}
