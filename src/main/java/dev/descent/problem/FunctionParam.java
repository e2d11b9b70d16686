package dev.descent.problem;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import java.util.List;

/**
 * A function parameter: an expression whose coordinates are given by a point ({@code start} or
 * {@code at}) and whose other names are problem variables.
 */
public record FunctionParam(Expression expression) {

  /** The function of {@code coordinates} for one variant. */
  public Objective bind(List<String> coordinates, Bindings b) {
    return substituted(b).bind(coordinates);
  }

  /** The expression with the variant's numbers in place of its problem variables. */
  public Expression substituted(Bindings b) {
    return expression.substitute(b.values());
  }
}
