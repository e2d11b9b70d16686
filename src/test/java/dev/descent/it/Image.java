package dev.descent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The self-contained image as a class receives it: the build's tarball ({@code descent.image}, set by
 * failsafe) unpacked into a fresh folder, far from where the build made it, and run from there.
 */
final class Image {
  /**
   * Run inside a new mount namespace (unshare -m) before descent: an empty tmpfs over /usr/lib/jvm
   * (where /usr/bin/java and the alternatives lead) and over the JDK running the tests, then a check
   * that no java answers on the PATH.
   */
  private static final String HIDE_THE_JDK = String.join("\n",
      "set -e",
      "if [ -d /usr/lib/jvm ]; then mount -t tmpfs -o size=1m descent-no-jdk /usr/lib/jvm; fi",
      "if [ -d \"$TEST_JDK\" ]; then mount -t tmpfs -o size=1m descent-no-jdk \"$TEST_JDK\"; fi",
      "if java -version >/dev/null 2>&1; then echo \"a java is still reachable: $(command -v java)\" >&2; exit 99; fi",
      "unset TEST_JDK",
      "exec \"$@\"");

  private final Path root;

  private Image(Path root) {
    this.root = root;
  }

  /** The build's tarball. */
  static Path tarball() {
    Path tarball = Path.of(System.getProperty("descent.image", "target/descent-" + version() + "-linux-x64.tar.gz"))
        .toAbsolutePath();
    if (!Files.isRegularFile(tarball)) {
      throw new IllegalStateException("no image at " + tarball + "; run 'mvn package' first (without -Dimage.skip)");
    }
    return tarball;
  }

  /** The version the build gave descent. */
  static String version() {
    return System.getProperty("descent.version", "0.1.0");
  }

  /** Unpacks the tarball into {@code dir} with tar, as a user would; the image is its one folder. */
  static Image unpack(Path dir) {
    Ran tar = Ran.run("tar", "-xzf", tarball().toString(), "-C", dir.toString());
    if (tar.exit() != 0) {
      throw new AssertionError("tar could not unpack " + tarball() + ": " + tar.err());
    }
    return new Image(dir.resolve("descent-" + version()));
  }

  /** The image's folder. */
  Path root() {
    return root;
  }

  /** A file of the image, by its path inside it. */
  Path file(String path) {
    return root.resolve(path);
  }

  /** A small clean environment: the system's PATH without any JDK, a UTF-8 locale, HOME in {@code home}. */
  static Map<String, String> cleanEnvironment(Path home) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", "/bin:/usr/bin");
    env.put("LANG", "C.UTF-8");
    env.put("HOME", home.toString());
    return env;
  }

  /** Runs {@code launcher args} with {@code env} in {@code dir}, typing {@code input}. */
  static Ran run(Path launcher, Map<String, String> env, Path dir, String input, String... args) {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    return Ran.run(command, env, dir, input);
  }

  /** True when this machine lets the tests make a mount namespace (as root, or with user namespaces). */
  static boolean namespacesWork() {
    try {
      return Ran.run("unshare", "-m", "true").exit() == 0;
    } catch (UncheckedIOException noUnshare) {
      return false;
    }
  }

  /**
   * Runs the image's bin/descent with {@code args} in {@code dir} in a mount namespace where no JDK
   * is reachable: /usr/lib/jvm and the tests' own JDK are hidden, PATH is /bin:/usr/bin, and
   * JAVA_HOME is unset.
   */
  Ran runWithoutJdk(Path dir, String input, String... args) {
    Map<String, String> env = cleanEnvironment(dir);
    env.put("TEST_JDK", realJdk());
    List<String> command = new ArrayList<>(List.of("unshare", "-m", "sh", "-c", HIDE_THE_JDK, "sh",
        file("bin/descent").toString()));
    command.addAll(List.of(args));
    return Ran.run(command, env, dir, input);
  }

  /**
   * A shell command line that runs the image's bin/descent with {@code args} in {@code dir}, with no
   * JDK reachable as in {@link #runWithoutJdk}, for a terminal (tmux) to run; it prints descent's exit
   * code when descent ends.
   */
  String commandLineWithoutJdk(Path dir, String... args) {
    List<String> words = new ArrayList<>(List.of("env", "-i", "PATH=/bin:/usr/bin", "LANG=C.UTF-8", "TERM=xterm-256color",
        "HOME=" + dir, "TEST_JDK=" + realJdk(), "unshare", "-m", "sh", "-c", HIDE_THE_JDK, "sh",
        file("bin/descent").toString()));
    words.addAll(List.of(args));
    StringBuilder line = new StringBuilder("cd " + quoted(dir.toString()) + " &&");
    for (String word : words) {
      line.append(' ').append(quoted(word));
    }
    return line.append("; echo \"descent exited with $?\"; sleep 30").toString();
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** Runs {@code sh -c script} in the same namespace, to show what is hidden there. */
  static Ran shellWithoutJdk(Path dir, String script) {
    Map<String, String> env = cleanEnvironment(dir);
    env.put("TEST_JDK", realJdk());
    return Ran.run(List.of("unshare", "-m", "sh", "-c", HIDE_THE_JDK, "sh", "sh", "-c", script), env, dir, "");
  }

  private static String realJdk() {
    try {
      return Path.of(System.getProperty("java.home")).toRealPath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
