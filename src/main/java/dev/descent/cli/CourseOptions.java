package dev.descent.cli;

import dev.descent.progress.DataDirectory;
import dev.descent.progress.Learners;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every course command takes: plain mode, where progress lives, and who is learning. */
final class CourseOptions {
  @Option(names = "--plain", description = "Line by line, without the full-screen UI: for pipes, screen readers and CI "
      + "(also when input or output is not a terminal, or TERM=dumb).")
  boolean plain;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Where progress is saved (default: $DESCENT_DATA_DIR, "
      + "else $XDG_DATA_HOME/descent, else ~/.local/share/descent).")
  Path dataDir;

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
    return merged;
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
