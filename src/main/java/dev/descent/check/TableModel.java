package dev.descent.check;

import java.util.List;

/**
 * A trajectory table to fill: its columns, the steps of the rows, the true values, and for error
 * carried forward the row expected from a learner's own previous row, with the usual wrong rules
 * applied to that same row.
 */
public interface TableModel {

  /** Column headers, such as {@code w} and {@code L(w)}. */
  List<String> columns();

  /** The step of each row to fill. */
  List<Integer> steps();

  /** The given row above the first one to fill (the start), as values. */
  double[] given();

  /** The step of the given row. */
  int givenStep();

  /** The true values of row {@code index}. */
  double[] truth(int index);

  /**
   * The values row {@code index} should hold when computed correctly from {@code previous} (the
   * learner's row above, or the given row for the first); cells of the learner's own row that other
   * cells of the same row are computed from (the loss from the point) are taken from {@code own}
   * where the learner typed them. Null entries in {@code previous} or {@code own} mean "not typed"
   * and are replaced by the true values.
   */
  double[] expectedFrom(int index, Double[] previous, Double[] own);

  /** The usual wrong rules applied to one step from {@code previous}, for naming a wrong row. */
  List<Mistake> mistakesFrom(int index, Double[] previous);
}
