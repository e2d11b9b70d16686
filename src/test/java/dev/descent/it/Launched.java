package dev.descent.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> e = pb.environment();
    e.put("LC_ALL", "C.UTF-8");
    e.remove("JAVA_OPTS");
    e.putAll(new HashMap<>(env));
    long t0 = System.nanoTime();
    try {
      Process p = pb.start();
      CompletableFuture<String> out = Ran.read(p.getInputStream());
      CompletableFuture<String> err = Ran.read(p.getErrorStream());
      try (OutputStream in = p.getOutputStream()) {
        in.write(input.getBytes(StandardCharsets.UTF_8));
      } catch (IOException closedEarly) {
        // descent may stop reading before the input ends
      }
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("descent did not finish within 60 s: " + command);
      }
      return new Launched(p.exitValue(), out.join(), err.join(), (System.nanoTime() - t0) / 1_000_000);
    } catch (IOException e2) {
      throw new UncheckedIOException(e2);
    } catch (InterruptedException e2) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e2);
    }
  }
}
