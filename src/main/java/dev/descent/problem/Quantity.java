package dev.descent.problem;

import dev.descent.check.Value;
import dev.descent.engine.DescentException;
import dev.descent.engine.Objective;
import java.util.List;

/**
 * A quantity read off a row of a run: a coordinate, the point, the loss, the gradient or one of its
 * coordinates, the step's learning rate, or a state vector or one of its coordinates. For a
 * function of one variable the gradient and the state are single numbers.
 */
sealed interface Quantity permits Quantity.Coordinate, Quantity.Point, Quantity.Loss, Quantity.Grad,
    Quantity.GradCoordinate, Quantity.Rate, Quantity.State, Quantity.StateCoordinate {

  /** The value at a snapshot of a run of {@code f}. */
  Value read(Snapshot s, Objective f);

  /** A short header for tables, such as {@code w}, {@code L(w)} or {@code m_hat[x]}. */
  String header(List<String> vars);

  /** True when the value is a single number. */
  boolean scalar();

  /** The i-th coordinate. */
  record Coordinate(int index) implements Quantity {
    @Override public Value read(Snapshot s, Objective f) { return new Value.Scalar(s.point()[index]); }

    @Override public String header(List<String> vars) { return vars.get(index); }

    @Override public boolean scalar() { return true; }
  }

  /** The whole point. */
  record Point() implements Quantity {
    @Override public Value read(Snapshot s, Objective f) { return new Value.Vector(s.point(), f.variables()); }

    @Override public String header(List<String> vars) { return "(" + String.join(", ", vars) + ")"; }

    @Override public boolean scalar() { return false; }
  }

  /** The loss at the point. */
  record Loss() implements Quantity {
    @Override public Value read(Snapshot s, Objective f) { return new Value.Scalar(f.value(s.point())); }

    @Override public String header(List<String> vars) {
      return vars.size() == 1 ? "L(" + vars.get(0) + ")" : "f";
    }

    @Override public boolean scalar() { return true; }
  }

  /** The gradient at the point. */
  record Grad() implements Quantity {
    @Override public Value read(Snapshot s, Objective f) {
      return new Value.Vector(f.gradient(s.point()), f.variables());
    }

    @Override public String header(List<String> vars) { return "grad"; }

    @Override public boolean scalar() { return false; }
  }

  /** One coordinate of the gradient. */
  record GradCoordinate(int index) implements Quantity {
    @Override public Value read(Snapshot s, Objective f) {
      return new Value.Scalar(f.gradient(s.point())[index]);
    }

    @Override public String header(List<String> vars) {
      return (vars.size() == 1 ? "dL/d" : "df/d") + vars.get(index);
    }

    @Override public boolean scalar() { return true; }
  }

  /** The learning rate of the step that led to the row. */
  record Rate() implements Quantity {
    @Override public Value read(Snapshot s, Objective f) {
      if (Double.isNaN(s.eta())) {
        throw new DescentException("step 0 has no learning rate; ask for step 1 or later");
      }
      return new Value.Scalar(s.eta());
    }

    @Override public String header(List<String> vars) { return "eta"; }

    @Override public boolean scalar() { return true; }
  }

  /** A whole state vector, such as {@code m_hat}. */
  record State(int index, String name) implements Quantity {
    @Override public Value read(Snapshot s, Objective f) { return new Value.Vector(s.state()[index], f.variables()); }

    @Override public String header(List<String> vars) { return name; }

    @Override public boolean scalar() { return false; }
  }

  /** One coordinate of a state vector. */
  record StateCoordinate(int index, String name, int coordinate) implements Quantity {
    @Override public Value read(Snapshot s, Objective f) { return new Value.Scalar(s.state()[index][coordinate]); }

    @Override public String header(List<String> vars) {
      return vars.size() == 1 ? name : name + "[" + vars.get(coordinate) + "]";
    }

    @Override public boolean scalar() { return true; }
  }

  /**
   * Reads {@code take}: a coordinate name, {@code point}, {@code loss}, {@code grad},
   * {@code grad.w}, {@code eta}, a state name or {@code state.coordinate}.
   *
   * @throws DescentException naming what is allowed
   */
  static Quantity parse(String take, List<String> coordinates, List<String> stateNames) {
    int dot = take.indexOf('.');
    String head = dot < 0 ? take : take.substring(0, dot);
    String tail = dot < 0 ? null : take.substring(dot + 1);
    if (tail == null) {
      int c = coordinates.indexOf(take);
      if (c >= 0) {
        return new Coordinate(c);
      }
      switch (take) {
        case "point" -> {
          return new Point();
        }
        case "loss" -> {
          return new Loss();
        }
        case "grad" -> {
          return coordinates.size() == 1 ? new GradCoordinate(0) : new Grad();
        }
        case "eta" -> {
          return new Rate();
        }
        default -> {
          int s = stateNames.indexOf(take);
          if (s >= 0) {
            // With one coordinate a state is a single number, as a learner thinks of it.
            return coordinates.size() == 1 ? new StateCoordinate(s, take, 0) : new State(s, take);
          }
        }
      }
    } else {
      int c = coordinates.indexOf(tail);
      if (c < 0) {
        throw new DescentException("\"" + take + "\": " + tail + " is not a coordinate (" + String.join(", ", coordinates) + ")");
      }
      if (head.equals("grad")) {
        return new GradCoordinate(c);
      }
      int s = stateNames.indexOf(head);
      if (s >= 0) {
        return new StateCoordinate(s, head, c);
      }
    }
    throw new DescentException("cannot take \"" + take + "\" of this run; use a coordinate ("
        + String.join(", ", coordinates) + "), point, loss, grad, grad.<coordinate>, eta"
        + (stateNames.isEmpty() ? "" : ", or the state " + String.join(", ", stateNames) + " (or <state>.<coordinate>)"));
  }
}
