package dev.descent.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * descent run through its launcher ({@code target/descent}, beside the jar under test) as a separate
 * process, with a chosen environment and standard input, the way a shell runs it; UTF-8 unless the
 * environment says otherwise. Its output is kept whole, raw characters and all.
 */
record Launched(int exit, String out, String err, long millis) {

  /** The launcher beside the jar under test. */
  static Path launcher() {
    return Jar.path().resolveSibling("descent");
  }

  /** Runs the launcher with {@code args}, typing {@code input}, with {@code env} added to a UTF-8 locale. */
  static Launched run(Map<String, String> env, String input, String... args) {
    List<String> command = new ArrayList<>(List.of(launcher().toString()));
    command.addAll(List.of(args));
    return start(command, env, input);
  }

  /** Runs any {@code command} (such as a shell that starts descent), typing {@code input}. */
  static Launched command(Map<String, String> env, String input, String... command) {
    return start(List.of(command), env, input);
  }

  /** Runs {@code java -jar} on the jar under test, without the launcher. */
  static Launched runJar(Map<String, String> env, String input, String... args) {
    List<String> command = new ArrayList<>(List.of(Jar.java(), "-jar", Jar.path().toString()));
    command.addAll(List.of(args));
    return start(command, env, input);
  }

  private static Launched start(List<String> command, Map<String, String> env, String input) {
    Map<String, String> e = new HashMap<>(System.getenv());
    e.put("LC_ALL", "C.UTF-8");
    e.remove("JAVA_OPTS");
    e.putAll(env);
    long t0 = System.nanoTime();
    Ran ran = Ran.run(command, e, null, input);
    return new Launched(ran.exit(), ran.out(), ran.err(), (System.nanoTime() - t0) / 1_000_000);
  }
}
