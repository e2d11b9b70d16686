package dev.descent.cli;

import dev.descent.engine.Objective;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.Clipping;
import dev.descent.engine.optim.OptimizerForm;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Schedule;
import dev.descent.engine.optim.Trajectory;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code descent bench}: times the engine in this process, after a warm-up, and prints the minimum,
 * median and maximum of several runs. Timing is measured here and reported, never asserted.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time the reference engine on this machine: a long Adam trace on the two-minimum "
        + "function of the course, after a warm-up run. Prints min, median and max of the timed runs."})
final class BenchCommand implements Callable<Integer> {
  static final String FUNCTION = "1 + sin(x) + cos(y) + (y + y^2 + x^2)/10";

  @Spec CommandSpec spec;

  @Option(names = "--steps", defaultValue = "1000000", paramLabel = "N", description = "Steps per run (default ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--runs", defaultValue = "5", paramLabel = "R", description = "Timed runs (default ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (runs < 1 || runs > 100) {
      throw new dev.descent.engine.DescentException("--runs must be between 1 and 100");
    }
    Objective f = Expression.parse(FUNCTION).bind(List.of("x", "y"));
    Run run = new Run(f, new double[] {0, 0}, OptimizerForm.make("adam"), 0.01, new Schedule.Constant(),
        Clipping.none(), steps);
    out.println("Adam trace of " + steps + " steps on f(x, y) = " + FUNCTION + " from (0, 0), eta 0.01");
    out.println("each step: gradient by automatic differentiation, the update, and a row with the state");
    timed(run);
    double[] seconds = new double[runs];
    double[] lastPoint = null;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      lastPoint = timed(run);
      seconds[i] = (System.nanoTime() - t0) / 1e9;
    }
    Arrays.sort(seconds);
    double median = seconds[runs / 2];
    out.printf(Locale.ROOT, "runs %d after 1 warm-up: min %.3f s, median %.3f s, max %.3f s (%.0f ns per step at the median)%n",
        runs, seconds[0], median, seconds[runs - 1], median * 1e9 / Math.max(steps, 1));
    out.printf(Locale.ROOT, "ended at x = %.6f, y = %.6f%n", lastPoint[0], lastPoint[1]);
    out.printf(Locale.ROOT, "java %s, %d processors%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    return Main.OK;
  }

  private static double[] timed(Run run) {
    double[][] last = new double[1][];
    Trajectory.stream(run, row -> {
      last[0] = row.point();
      return true;
    });
    return last[0];
  }
}
