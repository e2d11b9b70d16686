package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.progress.DataDirectory;
import dev.descent.progress.Learners;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every course command takes: plain mode, where progress lives, who is learning, and whose course. */
final class CourseOptions {
  @Option(names = "--course", paramLabel = "PATH", description = "Your own lessons and exercise sets: a file, or a "
      + "folder (with lessons/ and exercises/, or lesson files); may be given several times. They follow descent's "
      + "own, as do those of $DESCENT_COURSE.")
  List<Path> course = new ArrayList<>();

  @Option(names = "--plain", description = "Line by line, without the full-screen UI: for pipes, screen readers and CI "
      + "(also when input or output is not a terminal, or TERM=dumb).")
  boolean plain;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Where progress is saved (default: $DESCENT_DATA_DIR, "
      + "else $XDG_DATA_HOME/descent, else ~/.local/share/descent).")
  Path dataDir;

  @Option(names = "--figures", paramLabel = "on|off", description = "off shows each plot and contour map as its "
      + "one-line description only, for screen readers (default: $DESCENT_FIGURES, else on).")
  String figures;

  @Option(names = "--learner", paramLabel = "ID", description = "Whose progress this is (default: $DESCENT_LEARNER, "
      + "else your user name); it also fixes the numbers of each exercise.")
  String learner;

  /**
   * These options with the top-level command's filling in what was not given here, so that
   * {@code descent --plain learn 1} and {@code descent learn 1 --plain} mean the same.
   */
  CourseOptions over(CourseOptions top) {
    CourseOptions merged = new CourseOptions();
    merged.plain = plain || top.plain;
    merged.dataDir = dataDir != null ? dataDir : top.dataDir;
    merged.learner = learner != null ? learner : top.learner;
    merged.figures = figures != null ? figures : top.figures;
    merged.course = new ArrayList<>(course);
    merged.course.addAll(top.course);
    return merged;
  }

  /**
   * True unless figures are turned off by the option or, without it, by {@code DESCENT_FIGURES}.
   *
   * @throws DescentException when either says something other than on or off
   */
  boolean figures(Map<String, String> env) {
    if (figures != null) {
      return onOff("--figures", figures);
    }
    String own = env.get("DESCENT_FIGURES");
    return own == null || own.isBlank() || onOff("DESCENT_FIGURES", own);
  }

  private static boolean onOff(String name, String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    if (v.equals("on")) {
      return true;
    }
    if (v.equals("off")) {
      return false;
    }
    throw new DescentException(name + " is on or off, not '" + value.strip() + "'");
  }

  /** The data directory: the option, else the environment, else the XDG default. */
  Path dataDir(Map<String, String> env) {
    return DataDirectory.resolve(dataDir, env);
  }

  /** The learner's id: the option, else {@code DESCENT_LEARNER}, else the account's user name. */
  String learner(Map<String, String> env) {
    if (learner != null && !learner.isBlank()) {
      return learner.strip();
    }
    String own = env.get("DESCENT_LEARNER");
    if (own != null && !own.isBlank()) {
      return own.strip();
    }
    return Learners.defaultId(env);
  }
}
