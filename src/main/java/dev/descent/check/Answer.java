package dev.descent.check;

import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** An answer the engine computed: the right one, or the value of a usual wrong rule. */
public sealed interface Answer permits Answer.Scalar, Answer.Vector, Answer.Matrix, Answer.Function, Answer.Choice,
    Answer.Table {

  /** The answer as a learner would write it. */
  String show();

  /** A number. */
  record Scalar(double value) implements Answer {
    @Override public String show() { return Numbers.format(value); }
  }

  /** A vector, with the names of its coordinates when it is a point or gradient. */
  record Vector(double[] values, List<String> names) implements Answer {
    public Vector {
      values = values.clone();
      names = List.copyOf(names);
    }

    /** A vector without coordinate names. */
    public static Vector of(double... values) {
      return new Vector(values, List.of());
    }

    @Override public String show() { return Numbers.vector(values); }
  }

  /** A matrix. */
  record Matrix(double[][] values) implements Answer {
    @Override public String show() {
      List<String> rows = new ArrayList<>();
      for (double[] r : values) {
        List<String> cells = new ArrayList<>();
        for (double v : r) {
          cells.add(Numbers.format(v));
        }
        rows.add(String.join(" ", cells));
      }
      return String.join("; ", rows);
    }
  }

  /**
   * A function of named variables, such as a derivative; compared by evaluation at sample points
   * around {@code centre}.
   */
  record Function(List<String> variables, ToDoubleFunction<double[]> function, String text, double[] centre)
      implements Answer {
    public Function {
      variables = List.copyOf(variables);
      centre = centre.clone();
    }

    @Override public String show() { return text; }
  }

  /** The ids of the right options. */
  record Choice(Set<String> ids) implements Answer {
    public Choice {
      ids = Set.copyOf(ids);
    }

    @Override public String show() { return String.join(", ", new java.util.TreeSet<>(ids)); }
  }

  /** A trajectory table with what error carried forward needs. */
  record Table(TableModel model) implements Answer {
    @Override public String show() { return model.columns().size() + "-column table of " + model.steps().size() + " rows"; }
  }
}
