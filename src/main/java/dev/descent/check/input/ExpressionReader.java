package dev.descent.check.input;

import dev.descent.engine.expr.Expression;
import dev.descent.engine.expr.ExpressionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads a formula such as {@code 2w - 4} in the variables a question is about. */
final class ExpressionReader {
  /** The longest unknown name looked at as allowed names run together. */
  private static final int PRODUCT_HINT_LENGTH = 12;

  private ExpressionReader() {}

  /** The parsed formula, which may use only the {@code allowed} variables. */
  static Expression read(String typed, Collection<String> allowed) {
    List<String> names = List.copyOf(allowed);
    String text = TypedText.prepare(typed);
    if (text.isBlank()) {
      throw new AnswerFormatException("type a formula" + (names.isEmpty() ? "" : " in " + TypedText.names(names))
          + ", such as " + example(names));
    }
    int equals = text.indexOf('=');
    if (equals >= 0) {
      throw new AnswerFormatException(NumberCell.onlyTheRightSide("formula", text.substring(0, equals)), equals + 1);
    }
    Expression e;
    try {
      e = Expression.parse(withDecimalComma(text));
    } catch (ExpressionException ex) {
      throw new AnswerFormatException(NumberCell.reword(ex.getMessage()), ex.column());
    }
    List<String> unknown = new ArrayList<>(e.variables());
    unknown.removeAll(names);
    if (!unknown.isEmpty()) {
      throw new AnswerFormatException("your answer uses " + TypedText.names(unknown) + ", but this question is about "
          + (names.isEmpty() ? "numbers only" : TypedText.names(names)) + productHint(unknown, names));
    }
    return e;
  }

  /** A single comma between digits, as in {@code 0,5w}, is a decimal comma; other commas stay errors. */
  private static String withDecimalComma(String text) {
    int comma = text.indexOf(',');
    if (comma >= 0 && text.indexOf(',', comma + 1) < 0 && TypedText.betweenDigits(text, comma)) {
      return text.substring(0, comma) + '.' + text.substring(comma + 1);
    }
    return text;
  }

  /** Suggests {@code w*b} when an unknown name such as {@code wb} is allowed names run together. */
  private static String productHint(List<String> unknown, List<String> names) {
    for (String name : unknown) {
      if (name.length() > PRODUCT_HINT_LENGTH) {
        continue;
      }
      List<String> parts = splitInto(name, names);
      if (parts.size() > 1) {
        return " (for a product, write " + String.join("*", parts) + ")";
      }
    }
    return "";
  }

  /** {@code name} as a run of {@code names}, or empty; linear in the name's length times the names. */
  private static List<String> splitInto(String name, List<String> names) {
    String[] last = new String[name.length() + 1]; // last[j]: the name that ends a split of name[0, j)
    for (int i = 0; i < name.length(); i++) {
      if (i > 0 && last[i] == null) {
        continue;
      }
      for (String n : names) {
        int j = i + n.length();
        if (!n.isEmpty() && j <= name.length() && last[j] == null && name.startsWith(n, i)) {
          last[j] = n;
        }
      }
    }
    if (last[name.length()] == null) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (int end = name.length(); end > 0; end -= last[end].length()) {
      parts.add(0, last[end]);
    }
    return parts;
  }

  private static String example(List<String> names) {
    String v = names.isEmpty() ? "" : names.get(0);
    return v.isEmpty() ? "2/(1+5)" : "2" + (v.length() == 1 ? v : "*" + v) + " - 4";
  }
}
