package dev.descent.session;

import dev.descent.course.Block;
import dev.descent.engine.DescentException;
import dev.descent.engine.curvature.Curvature;
import dev.descent.engine.expr.Expression;
import dev.descent.engine.optim.Run;
import dev.descent.engine.optim.Trajectory;
import dev.descent.lesson.DisplaySpec;
import dev.descent.problem.Bindings;
import dev.descent.problem.RunDisplays;
import dev.descent.render.CurvatureReport;
import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Turns a page's display specs into blocks that draw themselves at the window's width. */
public final class Displays {
  /** Steps a display's run takes when the file gives none. */
  public static final int DEFAULT_STEPS = 10;
  /**
   * The steps the displays of one lesson may run together: a display keeps its rows to redraw them, so
   * this bounds the memory and time a lesson file can take (the course uses a few thousand).
   */
  public static final int MAX_STEPS_PER_LESSON = 100_000;

  private Displays() {}

  /** What is left of {@link #MAX_STEPS_PER_LESSON} for the displays of one lesson variant. */
  public static final class Budget {
    private long left = MAX_STEPS_PER_LESSON;

    /** Takes {@code steps} from what is left, or refuses when they are more. */
    void spend(long steps) {
      if (steps > left) {
        throw new DescentException("the displays of a lesson run at most " + MAX_STEPS_PER_LESSON
            + " steps together, and this one would pass that");
      }
      left -= steps;
    }
  }

  /**
   * The block of one display for one variant, its steps taken from {@code budget}; a display that cannot
   * be drawn says why instead.
   */
  public static Block.Display block(DisplaySpec d, Bindings b, Budget budget) {
    try {
      budget.spend(steps(d, b));
      return new Block.Display(caption(d), describe(d, b), draw(d, b));
    } catch (DescentException e) {
      String why = "(this display cannot be drawn: " + e.getMessage() + ")";
      return new Block.Display(caption(d), w -> List.of(why));
    }
  }

  /**
   * The drawing of a display.
   *
   * @throws DescentException when the numbers make it undefined
   */
  public static IntFunction<List<String>> draw(DisplaySpec d, Bindings b) {
    if (d instanceof DisplaySpec.Table t) {
      Trajectory tr = Trajectory.of(t.run().build(b, DEFAULT_STEPS));
      RunDisplays.table(tr, t.columns(), t.state(), t.every(), 80);
      return w -> RunDisplays.table(tr, t.columns(), t.state(), t.every(), w);
    }
    if (d instanceof DisplaySpec.Plot p) {
      Trajectory tr = Trajectory.of(p.run().build(b, DEFAULT_STEPS));
      RunDisplays.plot(tr, p.series(), 80);
      return w -> RunDisplays.plot(tr, p.series(), w);
    }
    if (d instanceof DisplaySpec.Contour c) {
      Trajectory tr = Trajectory.of(c.run().build(b, DEFAULT_STEPS));
      RunDisplays.contour(tr, 80);
      return w -> RunDisplays.contour(tr, w);
    }
    if (d instanceof DisplaySpec.Compare c) {
      List<Trajectory> runs = new ArrayList<>();
      int steps = c.steps() == null ? DEFAULT_STEPS : c.steps().evalInt(b, "steps");
      for (var spec : c.runs()) {
        Run r = spec.build(b, steps);
        runs.add(Trajectory.of(spec.steps() == null ? r.withSteps(steps) : r));
      }
      return w -> RunDisplays.compare(c.labels(), runs, w);
    }
    if (d instanceof DisplaySpec.Hessian h) {
      Expression written = h.f().substituted(b);
      Curvature c = Curvature.at(written.bind(h.at().names()), h.at().eval(b));
      List<String> lines = CurvatureReport.lines(written.text(), h.at().names(), c, Numbers.DEFAULT_DIGITS);
      return w -> lines;
    }
    List<String> lines = ((DisplaySpec.Sgd) d).step().evaluate(b).solution();
    return w -> lines;
  }

  /**
   * The one-line description of a figure (a plot or a contour map), or null for a display that is
   * not one.
   *
   * @throws DescentException when the numbers make it undefined
   */
  public static String describe(DisplaySpec d, Bindings b) {
    if (d instanceof DisplaySpec.Plot p) {
      return RunDisplays.describePlot(Trajectory.of(p.run().build(b, DEFAULT_STEPS)), p.series());
    }
    if (d instanceof DisplaySpec.Contour c) {
      return RunDisplays.describeContour(Trajectory.of(c.run().build(b, DEFAULT_STEPS)));
    }
    return null;
  }

  /** The steps a display runs. */
  private static long steps(DisplaySpec d, Bindings b) {
    if (d instanceof DisplaySpec.Table t) {
      return t.run().steps(b, DEFAULT_STEPS);
    }
    if (d instanceof DisplaySpec.Plot p) {
      return p.run().steps(b, DEFAULT_STEPS);
    }
    if (d instanceof DisplaySpec.Contour c) {
      return c.run().steps(b, DEFAULT_STEPS);
    }
    if (d instanceof DisplaySpec.Compare c) {
      int steps = c.steps() == null ? DEFAULT_STEPS : c.steps().evalInt(b, "steps");
      long all = 0;
      for (var spec : c.runs()) {
        all += spec.steps(b, steps);
      }
      return all;
    }
    return 0;
  }

  private static String caption(DisplaySpec d) {
    if (d instanceof DisplaySpec.Table) {
      return "trajectory table";
    }
    if (d instanceof DisplaySpec.Plot) {
      return "plot against step";
    }
    if (d instanceof DisplaySpec.Contour) {
      return "contour map with the path";
    }
    if (d instanceof DisplaySpec.Compare) {
      return "runs side by side";
    }
    if (d instanceof DisplaySpec.Hessian) {
      return "curvature";
    }
    return "one SGD step";
  }
}
