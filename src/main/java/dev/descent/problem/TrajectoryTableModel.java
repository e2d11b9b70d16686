package dev.descent.problem;

import dev.descent.engine.Vectors;
import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.check.TableModel;
import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Trajectory;
import java.util.ArrayList;
import java.util.List;

/** A trajectory table to fill, with the steps needed to grade each row from the learner's own row above. */
final class TrajectoryTableModel implements TableModel {
  private final Trajectory truth;
  private final List<Quantity> columns;
  private final List<Integer> steps;
  private final List<RunSlip> slips;
  // The headers, made on first use: a model is shared by every student with the same numbers, and
  // grading asks for them once a file.
  private volatile List<String> headers;

  TrajectoryTableModel(Trajectory truth, List<Quantity> columns, List<Integer> steps, Expression written) {
    this.truth = truth;
    this.columns = List.copyOf(columns);
    this.steps = List.copyOf(steps);
    this.slips = RunSlip.of(truth.run(), written);
  }

  private Run run() {
    return truth.run();
  }

  private Objective f() {
    return truth.run().f();
  }

  @Override
  public List<String> columns() {
    List<String> h = headers;
    if (h == null) {
      List<String> out = new ArrayList<>();
      for (Quantity q : columns) {
        out.add(q.header(f().variables()));
      }
      h = List.copyOf(out);
      headers = h;
    }
    return h;
  }

  @Override
  public List<Integer> steps() {
    return steps;
  }

  @Override
  public int givenStep() {
    return steps.get(0) - 1;
  }

  @Override
  public double[] given() {
    int k = givenStep();
    return k < 0 ? new double[0] : values(VariantRun.of(truth.rows().get(k)), null);
  }

  @Override
  public double[] truth(int index) {
    return values(VariantRun.of(truth.rows().get(steps.get(index))), null);
  }

  @Override
  public double[] expectedFrom(int index, Double[] previous, Double[] own) {
    int k = steps.get(index);
    if (k == 0) {
      return values(VariantRun.of(truth.rows().get(0)), own);
    }
    Snapshot from = start(k, previous);
    Snapshot next = VariantRun.oneStep(run(), f(), run().optimizer(), from.point(), from.state(), k);
    if (next == null) {
      return null;
    }
    return values(next, own);
  }

  @Override
  public List<Mistake> mistakesFrom(int index, Double[] previous) {
    int k = steps.get(index);
    List<Mistake> out = new ArrayList<>();
    if (k == 0) {
      return out;
    }
    Snapshot from = start(k, previous);
    for (RunSlip slip : slips) {
      Snapshot wrong = VariantRun.oneStep(run(), slip.objective(run()), slip.update(), from.point(), from.state(), k);
      if (wrong != null) {
        double[] row = values(wrong, null);
        if (Vectors.finite(row)) {
          out.add(slip.wording().of(Value.Vector.of(row)));
        }
      }
    }
    return out;
  }

  /** The true row above step k with the learner's typed cells put in where the table has them. */
  private Snapshot start(int k, Double[] previous) {
    Snapshot s = VariantRun.of(truth.rows().get(k - 1));
    double[] x = s.point().clone();
    double[][] state = Snapshot.copy(s.state());
    if (previous != null) {
      for (int c = 0; c < columns.size(); c++) {
        Double v = previous[c];
        if (v == null) {
          continue;
        }
        if (columns.get(c) instanceof Quantity.Coordinate q) {
          x[q.index()] = v;
        } else if (columns.get(c) instanceof Quantity.StateCoordinate q) {
          state[q.index()][q.coordinate()] = v;
        }
      }
    }
    return new Snapshot(k - 1, x, state, s.eta());
  }

  /** The column values at a snapshot; loss and gradient are taken at the learner's own point when typed. */
  private double[] values(Snapshot s, Double[] own) {
    double[] x = s.point().clone();
    if (own != null) {
      for (int c = 0; c < columns.size(); c++) {
        if (own[c] != null && columns.get(c) instanceof Quantity.Coordinate q) {
          x[q.index()] = own[c];
        }
      }
    }
    Snapshot at = new Snapshot(s.step(), x, s.state(), s.eta());
    double[] out = new double[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      Quantity q = columns.get(c);
      Snapshot source = q instanceof Quantity.Loss || q instanceof Quantity.GradCoordinate ? at : s;
      out[c] = ((Value.Scalar) q.read(source, f())).value();
    }
    return out;
  }
}
