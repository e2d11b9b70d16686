package dev.descent.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A finished process: its exit code and everything it printed. */
record Ran(int exit, String out, String err) {

  /**
   * Runs {@code command} in {@code dir} with exactly the variables of {@code env} (or this process's
   * environment when null), typing {@code input} and then closing standard input.
   */
  static Ran run(List<String> command, Map<String, String> env, Path dir, String input) {
    ProcessBuilder builder = new ProcessBuilder(command);
    if (env != null) {
      builder.environment().clear();
      builder.environment().putAll(env);
    }
    if (dir != null) {
      builder.directory(dir.toFile());
    }
    try {
      Process p = builder.start();
      CompletableFuture<String> out = read(p.getInputStream());
      CompletableFuture<String> err = read(p.getErrorStream());
      try (OutputStream in = p.getOutputStream()) {
        in.write(input.getBytes(StandardCharsets.UTF_8));
      } catch (IOException closedEarly) {
        // the process did not read its input; what it printed says why
      }
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("did not finish within 60 s: " + command);
      }
      return new Ran(p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Runs {@code command} with this process's environment and nothing on standard input. */
  static Ran run(String... command) {
    return run(List.of(command), null, null, "");
  }

  private static CompletableFuture<String> read(InputStream s) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return new String(s.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
