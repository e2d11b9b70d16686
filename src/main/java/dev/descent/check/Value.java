package dev.descent.check;

import dev.descent.check.input.AnswerReader;
import dev.descent.course.QuestionKind;
import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A value of one of the answer kinds, one record a kind: what the engine computes (the right answer,
 * or where a usual mistake leads) and what a learner's typed answer reads as. Each value reads a typed
 * answer shaped like itself, says whether one is close enough, and what to tell a learner whose is not.
 */
public sealed interface Value permits Value.Scalar, Value.Vector, Value.Matrix, Value.Function, Value.Choice,
    Value.Table {

  /** The answer as a learner would write it. */
  String show();

  /** The kind of question this value answers. */
  QuestionKind kind();

  /**
   * {@code typed} read as a value of this one's kind and size (a vector of as many numbers, a formula in
   * the same variables, one of the question's options).
   *
   * @throws dev.descent.check.input.AnswerFormatException when the text is not such a value, saying why
   * @throws DescentException when this kind is not typed on one line
   */
  Value read(String typed, Asked q);

  /** True when {@code typed}, a value {@link #read} gave, counts as this one under {@code t}. */
  boolean accepts(Value typed, Tolerance t);

  /** What to tell a learner whose {@code typed} value this one did not accept; empty when nothing helps. */
  List<String> diagnose(Value typed, Tolerance t);

  /** A number. */
  record Scalar(double value) implements Value {
    @Override public String show() { return Numbers.format(value); }

    @Override public QuestionKind kind() { return QuestionKind.NUMBER; }

    @Override public Value read(String typed, Asked q) {
      return new Scalar(AnswerReader.number(typed));
    }

    @Override public boolean accepts(Value typed, Tolerance t) {
      return typed instanceof Scalar s && Matching.scalar(s.value, value, t);
    }

    @Override public List<String> diagnose(Value typed, Tolerance t) {
      Optional<String> why = NumberDiagnosis.explain(((Scalar) typed).value, value, t);
      return why.isPresent() ? List.of(why.get()) : List.of();
    }
  }

  /** A vector, with the names of its coordinates when it is a point or gradient. */
  record Vector(double[] values, List<String> names) implements Value {
    public Vector {
      values = values.clone();
      names = List.copyOf(names);
    }

    /** A vector without coordinate names. */
    public static Vector of(double... values) {
      return new Vector(values, List.of());
    }

    @Override public String show() { return Numbers.vector(values); }

    @Override public QuestionKind kind() { return QuestionKind.VECTOR; }

    @Override public Value read(String typed, Asked q) {
      return Vector.of(names.size() == values.length && !names.isEmpty() ? AnswerReader.vector(typed, names)
          : AnswerReader.vector(typed, values.length));
    }

    @Override public boolean accepts(Value typed, Tolerance t) {
      return typed instanceof Vector v && Matching.vector(v.values, values, t);
    }

    @Override public List<String> diagnose(Value typed, Tolerance t) {
      double[] got = ((Vector) typed).values;
      List<String> out = new ArrayList<>();
      int right = 0;
      for (int i = 0; i < got.length; i++) {
        if (t.accepts(got[i], values[i])) {
          right++;
        } else {
          String name = names.size() > i ? names.get(i) : "component " + (i + 1);
          Optional<String> why = NumberDiagnosis.explain(got[i], values[i], t);
          if (why.isPresent()) {
            out.add(name + ": " + why.get());
          }
        }
      }
      if (right > 0) {
        out.add(0, right + " of " + got.length + " components are right.");
      }
      return out;
    }
  }

  /** A matrix. */
  record Matrix(double[][] values) implements Value {
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

    @Override public QuestionKind kind() { return QuestionKind.MATRIX; }

    @Override public Value read(String typed, Asked q) {
      return new Matrix(AnswerReader.matrix(typed, values.length, values.length == 0 ? 0 : values[0].length));
    }

    @Override public boolean accepts(Value typed, Tolerance t) {
      return typed instanceof Matrix m && Matching.matrix(m.values, values, t);
    }

    @Override public List<String> diagnose(Value typed, Tolerance t) {
      double[][] got = ((Matrix) typed).values;
      int right = 0;
      int all = 0;
      for (int i = 0; i < values.length; i++) {
        for (int j = 0; j < values[i].length; j++) {
          all++;
          if (t.accepts(got[i][j], values[i][j])) {
            right++;
          }
        }
      }
      return right > 0 ? List.of(right + " of " + all + " entries are right.") : List.of();
    }
  }

  /**
   * A function of named variables, such as a derivative; compared by evaluation at sample points
   * around {@code centre}.
   */
  record Function(List<String> variables, ToDoubleFunction<double[]> function, String text, double[] centre)
      implements Value {
    public Function {
      variables = List.copyOf(variables);
      centre = centre.clone();
    }

    @Override public String show() { return text; }

    @Override public QuestionKind kind() { return QuestionKind.EXPRESSION; }

    @Override public Value read(String typed, Asked q) {
      Expression e = AnswerReader.expression(typed, variables);
      return new Function(variables, new Bound(e.bind(variables)), e.text(), centre);
    }

    @Override public boolean accepts(Value typed, Tolerance t) {
      return typed instanceof Function f && Matching.function(f.function, this, t);
    }

    @Override public List<String> diagnose(Value typed, Tolerance t) {
      double want = function.applyAsDouble(centre);
      double got = ((Function) typed).function.applyAsDouble(centre);
      return List.of("At " + Numbers.assignments(variables, centre) + " your expression gives " + Numbers.format(got)
          + "; the right one gives " + Numbers.format(want) + ".");
    }

    /** A typed formula's value: a class rather than a method reference, which would cost a lambda's linking. */
    private record Bound(Objective f) implements ToDoubleFunction<double[]> {
      @Override public double applyAsDouble(double[] x) {
        return f.value(x);
      }
    }
  }

  /** The ids of the right options. */
  record Choice(Set<String> ids) implements Value {
    public Choice {
      ids = Set.copyOf(ids);
    }

    @Override public String show() { return String.join(", ", new java.util.TreeSet<>(ids)); }

    @Override public QuestionKind kind() { return QuestionKind.CHOICE; }

    @Override public Value read(String typed, Asked q) {
      return new Choice(AnswerReader.choices(typed, q.options(), q.multiple()));
    }

    @Override public boolean accepts(Value typed, Tolerance t) {
      return typed instanceof Choice c && Matching.choice(c.ids, ids);
    }

    @Override public List<String> diagnose(Value typed, Tolerance t) {
      return ids.size() > 1 && ids.containsAll(((Choice) typed).ids) ? List.of("Those are right, but there are more.")
          : List.of();
    }
  }

  /** A trajectory table with what error carried forward needs; graded row by row by {@link TableGrader}. */
  record Table(TableModel model) implements Value {
    @Override public String show() { return model.columns().size() + "-column table of " + model.steps().size() + " rows"; }

    @Override public QuestionKind kind() { return QuestionKind.TABLE; }

    @Override public Value read(String typed, Asked q) {
      throw new DescentException("a table is answered row by row");
    }

    @Override public boolean accepts(Value typed, Tolerance t) {
      return false;
    }

    @Override public List<String> diagnose(Value typed, Tolerance t) {
      return List.of();
    }
  }
}
