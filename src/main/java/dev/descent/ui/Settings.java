package dev.descent.ui;

import java.nio.file.Path;

/**
 * How a front end presents the course: the width plain mode wraps prose to (0 keeps whole lines,
 * as for a pipe or a screen reader), whether plots and contour maps are drawn or only described,
 * and where progress is saved, for the line said on quitting (null when unknown).
 *
 * @param width columns to wrap plain mode's prose to, or 0 for whole lines
 * @param figures true to draw figures under their descriptions, false for the descriptions alone
 * @param dataDir the folder progress is saved in, or null
 */
public record Settings(int width, boolean figures, Path dataDir) {

  /** Whole lines, figures drawn, the folder not said. */
  public static final Settings DEFAULT = new Settings(0, true, null);

  public Settings {
    if (width < 0) {
      throw new IllegalArgumentException("the width must be 0 (whole lines) or more, got " + width);
    }
  }

  /**
   * What is said when the learner leaves: that progress is saved, for whom and where, and how to go on;
   * or, when the last save failed ({@code saved} false), that it could not be.
   */
  public String farewell(String learner, boolean saved) {
    String where = dataDir == null ? "" : " in " + dataDir;
    if (!saved) {
      return "Progress could not be saved for learner " + Text.clean(learner) + where
          + " (descent said why when it happened); what was saved before is kept.";
    }
    return "Progress saved for learner " + Text.clean(learner) + where
        + ". Run descent again to go on where you left off.";
  }
}
