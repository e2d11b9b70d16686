package dev.descent.cli;

import dev.descent.engine.optim.Row;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Trajectory;
import java.util.function.Consumer;

/** Streams a run, handing on every n-th row and the last one (known only when the run ends). */
final class EveryStep {
  private EveryStep() {}

  /** Runs {@code run}, giving {@code sink} the rows to show in order. */
  static Trajectory.Streamed stream(Run run, int every, Consumer<Row> sink) {
    Row[] last = new Row[1];
    boolean[] lastShown = {false};
    Trajectory.Streamed streamed = Trajectory.stream(run, row -> {
      last[0] = row;
      lastShown[0] = row.step() % every == 0;
      if (lastShown[0]) {
        sink.accept(row);
      }
      return true;
    });
    if (last[0] != null && !lastShown[0]) {
      sink.accept(last[0]);
    }
    return streamed;
  }
}
