package dev.descent.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    Ran ran = Ran.run(command, null, null, input);
    return new Jar(ran.exit(), ran.out(), ran.err());
  }
}
