package dev.descent.cli;

import dev.descent.engine.optim.Trajectory;
import dev.descent.problem.RunDisplays;
import dev.descent.render.Paragraph;
import java.util.ArrayList;
import java.util.List;

/** The plots {@code trace --plot} adds under the table: the same ones lessons show. */
final class Plots {
  private Plots() {}

  /**
   * Loss and coordinates against step; for two variables also the path on a contour map; each
   * under a line that says what it shows, for people who cannot see it.
   */
  static List<String> of(Trajectory t, int width) {
    List<String> out = new ArrayList<>();
    out.add("");
    out.addAll(Paragraph.wrap("Plot against step. " + RunDisplays.describePlot(t, null), width));
    out.addAll(RunDisplays.plot(t, null, width));
    if (t.run().f().dimension() == 2) {
      out.add("");
      out.addAll(Paragraph.wrap("Contour map. " + RunDisplays.describeContour(t), width));
      out.addAll(RunDisplays.contour(t, width));
    }
    return out;
  }
}
