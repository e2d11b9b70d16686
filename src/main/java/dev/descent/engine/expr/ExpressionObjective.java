package dev.descent.engine.expr;

import dev.descent.engine.Objective;
import java.util.List;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;

/** An expression bound to an order of variables, differentiated by forward-mode automatic differentiation. */
final class ExpressionObjective implements Objective {
  private final Expression source;
  private final Expr tree;
  private final List<String> variables;
  private final int n;
  private DSFactory secondOrder;

  ExpressionObjective(Expression source, Expr tree, List<String> variables) {
    this.source = source;
    this.tree = tree;
    this.variables = List.copyOf(variables);
    this.n = variables.size();
  }

  @Override
  public List<String> variables() {
    return variables;
  }

  @Override
  public double value(double[] x) {
    checkDimension(x);
    return tree.eval(x);
  }

  @Override
  public double[] gradient(double[] x) {
    checkDimension(x);
    Gradient[] vars = new Gradient[n];
    for (int i = 0; i < n; i++) {
      vars[i] = Gradient.variable(n, i, x[i]);
    }
    Gradient result = tree.eval(vars, Gradient.constant(n, 0));
    return result.getGradient();
  }

  @Override
  public double[][] hessian(double[] x) {
    checkDimension(x);
    if (secondOrder == null) {
      secondOrder = new DSFactory(n, 2);
    }
    DerivativeStructure[] vars = new DerivativeStructure[n];
    for (int i = 0; i < n; i++) {
      vars[i] = secondOrder.variable(i, x[i]);
    }
    DerivativeStructure result = tree.eval(vars, secondOrder.constant(0));
    double[][] h = new double[n][n];
    int[] orders = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        orders[i]++;
        orders[j]++;
        h[i][j] = result.getPartialDerivative(orders);
        h[j][i] = h[i][j];
        orders[i]--;
        orders[j]--;
      }
    }
    return h;
  }

  @Override
  public String text() {
    return source.text();
  }

  private void checkDimension(double[] x) {
    if (x.length != n) {
      throw new IllegalArgumentException("expected a point of " + n + " coordinates, got " + x.length);
    }
  }

  @Override
  public String toString() {
    return source.text();
  }
}
