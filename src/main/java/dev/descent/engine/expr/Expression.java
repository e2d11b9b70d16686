package dev.descent.engine.expr;

import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A function as the user typed it, parsed, with the variables it uses in order of appearance. */
public final class Expression {
  /** The longest expression accepted, in characters. */
  public static final int MAX_LENGTH = Parser.MAX_LENGTH;
  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = Parser.MAX_DEPTH;
  /** The most distinct variables accepted. */
  public static final int MAX_VARIABLES = Parser.MAX_VARIABLES;

  private final String text;
  private final Expr tree;
  private final List<String> variables;

  private Expression(String text, Expr tree, List<String> variables) {
    this.text = text;
    this.tree = tree;
    this.variables = List.copyOf(variables);
  }

  /**
   * Parses {@code text}.
   *
   * @throws ExpressionException naming the column, when the text is not an expression
   */
  public static Expression parse(String text) {
    Set<String> vars = new LinkedHashSet<>();
    Expr tree = Parser.parse(text, vars);
    return new Expression(text.strip(), tree, new ArrayList<>(vars));
  }

  /** The text as typed, without surrounding spaces. */
  public String text() {
    return text;
  }

  /** The variables used, in order of first appearance. */
  public List<String> variables() {
    return variables;
  }

  /** The parse tree. */
  public Expr tree() {
    return tree;
  }

  /** True when the expression uses no variable at all. */
  public boolean isConstant() {
    return variables.isEmpty();
  }

  /** The value of an expression without variables, such as {@code 2/(1+5)}. */
  public double constantValue() {
    if (!isConstant()) {
      throw new DescentException("'" + text + "' uses " + String.join(", ", variables) + "; a number was expected");
    }
    return tree.eval(new double[0]);
  }

  /**
   * The value when every variable has a number in {@code values}: the same number as
   * {@code substitute(values).constantValue()}, without making the substituted text, which only a
   * display needs (drawing a class's numbers evaluated conditions and calcs that way ten thousand times).
   *
   * @throws DescentException when a variable it uses has no number
   */
  public double valueWith(Map<String, Double> values) {
    for (String v : variables) {
      if (!values.containsKey(v)) {
        return substitute(values).constantValue(); // says which variables are left
      }
    }
    return isConstant() ? tree.eval(new double[0]) : tree.substitute(values).eval(new double[0]);
  }

  /**
   * This expression as a function of the variables in {@code order}; every variable it uses must be
   * among them (others are allowed and have zero derivative).
   */
  public Objective bind(List<String> order) {
    if (order.size() > Objective.MAX_DIMENSION) {
      throw new DescentException("a point may have at most " + Objective.MAX_DIMENSION + " coordinates, got "
          + order.size());
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      if (index.putIfAbsent(order.get(i), i) != null) {
        throw new DescentException("the variable " + order.get(i) + " is given twice");
      }
    }
    List<String> missing = new ArrayList<>();
    for (String v : variables) {
      if (!index.containsKey(v)) {
        missing.add(v);
      }
    }
    if (!missing.isEmpty()) {
      throw new DescentException("'" + text + "' uses " + String.join(", ", missing)
          + ", which " + (missing.size() == 1 ? "has" : "have") + " no value (given: "
          + (order.isEmpty() ? "none" : String.join(", ", order)) + ")");
    }
    return new ExpressionObjective(this, tree.bind(index), order);
  }

  /**
   * This expression with some variables replaced by numbers; the text shows the numbers too, so
   * that {@code (w - c)^2} with c = 3 reads {@code (w - 3)^2}.
   */
  public Expression substitute(Map<String, Double> values) {
    List<String> left = new ArrayList<>();
    for (String v : variables) {
      if (!values.containsKey(v)) {
        left.add(v);
      }
    }
    if (left.size() == variables.size()) {
      return this; // none of its variables has a value
    }
    return new Expression(Substitution.text(text, values), tree.substitute(values), left);
  }

  /**
   * A new expression from this one's tree changed by {@code change}, shown as {@code text}; used
   * to build the functions of usual mistakes (such as a derivative with its 2 dropped).
   */
  public Expression transform(String text, java.util.function.UnaryOperator<Expr> change) {
    Expr changed = change.apply(tree);
    Set<String> vars = new LinkedHashSet<>();
    Variables.collect(changed, vars);
    List<String> ordered = new ArrayList<>();
    for (String v : variables) {
      if (vars.contains(v)) {
        ordered.add(v);
      }
    }
    for (String v : vars) {
      if (!ordered.contains(v)) {
        ordered.add(v);
      }
    }
    return new Expression(text, changed, ordered);
  }

  /** This expression as a function of its own variables, in order of appearance. */
  public Objective bind() {
    return bind(variables);
  }

  @Override
  public String toString() {
    return text;
  }
}
