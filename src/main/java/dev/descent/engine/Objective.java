package dev.descent.engine;

import java.util.List;

/** A function to minimize: its value, exact gradient and exact Hessian at any point. */
public interface Objective {
  /**
   * The most coordinates a point may have: every gradient and Hessian holds one entry per coordinate
   * (per pair), whether the function uses it or not.
   */
  int MAX_DIMENSION = 50;

  /** The names of the coordinates, in the order points are given. */
  List<String> variables();

  /** How many coordinates a point has. */
  default int dimension() {
    return variables().size();
  }

  /** The value at {@code x}. */
  double value(double[] x);

  /** The gradient at {@code x}, as a new array. */
  double[] gradient(double[] x);

  /** The Hessian at {@code x}, as a new symmetric matrix. */
  double[][] hessian(double[] x);

  /** The function as the user wrote it, for headings and messages. */
  String text();
}
