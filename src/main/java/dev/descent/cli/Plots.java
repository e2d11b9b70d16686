package dev.descent.cli;

import dev.descent.engine.optim.Trajectory;
import dev.descent.render.ContourMap;
import dev.descent.render.ContourOptions;
import dev.descent.render.LinePlot;
import dev.descent.render.PlotOptions;
import java.util.ArrayList;
import java.util.List;

/** The plots {@code trace --plot} adds under the table. */
final class Plots {
  private Plots() {}

  /** Loss and coordinates against step; for two variables also the path on a contour map. */
  static List<String> of(Trajectory t, int width) {
    PlotOptions o = PlotOptions.defaults().withWidth(width);
    List<String> out = new ArrayList<>();
    out.add("");
    out.addAll(LinePlot.loss(t, o));
    out.add("");
    out.addAll(LinePlot.coordinates(t, o));
    if (t.run().f().dimension() == 2) {
      out.add("");
      out.addAll(ContourMap.lines(t, ContourOptions.defaults()));
    }
    return out;
  }
}
