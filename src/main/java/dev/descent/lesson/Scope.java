package dev.descent.lesson;

import dev.descent.engine.expr.Expression;
import dev.descent.engine.expr.ExpressionException;
import dev.descent.lesson.json.Json;
import dev.descent.lesson.json.Pos;
import dev.descent.problem.NumParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The problem variables visible to a computation, and the reading of numbers and expressions against them. */
final class Scope {
  private final Set<String> variables;
  private final Diagnostics diags;

  Scope(Set<String> variables, Diagnostics diags) {
    this.variables = Set.copyOf(variables);
    this.diags = diags;
  }

  Diagnostics diags() {
    return diags;
  }

  Set<String> variables() {
    return variables;
  }

  /** A number, or a string holding an expression of the variables; null (reported) otherwise. */
  NumParam number(Json v, String what) {
    if (v instanceof Json.JNumber n) {
      return NumParam.of(n.value());
    }
    if (v instanceof Json.JString s) {
      Expression e = expression(s, what);
      if (e == null) {
        return null;
      }
      if (!known(e.variables(), s.pos(), what, Set.of())) {
        return null;
      }
      return NumParam.of(e);
    }
    diags.error(v.pos(), what + " must be a number or an expression of the problem's variables, not " + v.typeName());
    return null;
  }

  /** An expression written as a string; null (reported, with the column inside the file) when it does not parse. */
  Expression expression(Json.JString s, String what) {
    try {
      return Expression.parse(s.value());
    } catch (ExpressionException e) {
      diags.error(inside(s.pos(), e.column()), what + ": " + e.getMessage());
      return null;
    }
  }

  /** True when every name is a variable or one of {@code allowed}; otherwise each unknown name is reported. */
  boolean known(List<String> names, Pos pos, String what, Set<String> allowed) {
    List<String> unknown = new ArrayList<>();
    for (String n : names) {
      if (!variables.contains(n) && !allowed.contains(n)) {
        unknown.add(n);
      }
    }
    if (unknown.isEmpty()) {
      return true;
    }
    String near = unknown.size() == 1 ? Suggest.closest(unknown.get(0), variables) : null;
    diags.error(pos, what + " uses " + String.join(", ", unknown) + ", which " + (unknown.size() == 1 ? "is" : "are")
        + " not " + (allowed.isEmpty() ? "a variable of this problem" : "a coordinate or a variable of this problem")
        + (variables.isEmpty() ? " (it has none; declare them under \"variables\")" : " (variables: "
        + String.join(", ", new java.util.TreeSet<>(variables)) + ")")
        + (near == null ? "" : "; did you mean " + near + "?"));
    return false;
  }

  /**
   * The place of column {@code column} of a string that starts at {@code pos} (the opening quote),
   * assuming the string has no escapes before that column.
   */
  static Pos inside(Pos pos, int column) {
    return new Pos(pos.line(), pos.column() + Math.max(column, 1));
  }
}
