package dev.descent.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The built jar ({@code target/descent.jar}, from the {@code descent.jar} property) run as a separate process. */
record Jar(int exit, String out, String err) {

  /** The jar's path; failsafe sets it, and a run from the IDE falls back on target/descent.jar. */
  static Path path() {
    Path jar = Path.of(System.getProperty("descent.jar", "target/descent.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no jar at " + jar + "; run 'mvn package' first");
    }
    return jar;
  }

  /** The java launcher of the JVM running the tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs {@code java -jar descent.jar args}, typing {@code input} and then closing standard input. */
  static Jar run(String input, String... args) {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", path().toString()));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).start();
      CompletableFuture<String> out = read(p.getInputStream());
      CompletableFuture<String> err = read(p.getErrorStream());
      try (OutputStream in = p.getOutputStream()) {
        in.write(input.getBytes(StandardCharsets.UTF_8));
      }
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("descent did not finish within 60 s: " + command);
      }
      return new Jar(p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Everything {@code s} gives, as UTF-8, read on another thread. */
  static CompletableFuture<String> read(InputStream s) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return new String(s.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
