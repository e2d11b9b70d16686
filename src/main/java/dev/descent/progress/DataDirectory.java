package dev.descent.progress;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where descent keeps a learner's data: the {@code --data-dir} option, else {@code DESCENT_DATA_DIR},
 * else {@code $XDG_DATA_HOME/descent}, else {@code ~/.local/share/descent}.
 */
public final class DataDirectory {
  /** The environment variable that names the data directory, below the command-line option. */
  public static final String ENV = "DESCENT_DATA_DIR";

  private DataDirectory() {}

  /** The data directory for an option (null when not given) and an environment, with the JVM's home. */
  public static Path resolve(Path option, Map<String, String> env) {
    return resolve(option, env, System.getProperty("user.home"));
  }

  /** The data directory for an option (null when not given), an environment and a home directory. */
  public static Path resolve(Path option, Map<String, String> env, String userHome) {
    if (option != null) {
      return option;
    }
    String own = env.get(ENV);
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    String xdg = env.get("XDG_DATA_HOME");
    // The XDG base directory spec says a relative path in these variables is invalid and to be ignored.
    if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "descent");
    }
    return Path.of(userHome, ".local", "share", "descent");
  }
}
