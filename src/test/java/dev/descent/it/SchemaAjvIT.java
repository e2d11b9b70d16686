package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema {@code descent schema} prints, used outside descent by the most common JSON Schema validator,
 * Ajv (ajv-cli, which {@code .ci/run} installs from npm), in its strict mode: it is a valid strict schema,
 * every shipped lesson and exercise file passes it, and every file of {@code schema-broken/} (each broken in
 * one way the loader refuses, as {@code SchemaTest} checks) is refused. Without ajv on the PATH the test is
 * skipped with a message, except on CI, where it fails.
 */
class SchemaAjvIT {
  @TempDir static Path work;
  private static Path schema;

  @BeforeAll
  static void printTheSchema() throws IOException {
    boolean ajv = Ran.run(List.of("sh", "-c", "command -v ajv"), null, null, "").exit() == 0;
    if (!ajv && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("ajv is not installed; .ci/run installs it with npm install -g ajv-cli");
    }
    Assumptions.assumeTrue(ajv, "ajv is not on the PATH (npm install -g ajv-cli@5): the schema is checked by "
        + "SchemaTest alone");
    Jar printed = Jar.run("", "schema");
    assertThat(printed.exit()).as(printed.err()).isZero();
    assertThat(printed.out()).isEqualTo(Files.readString(Path.of("lessons/descent.schema.json")));
    schema = Files.writeString(work.resolve("descent.schema.json"), printed.out());
  }

  private static Ran ajv(List<Path> files) {
    List<String> command = new ArrayList<>(List.of("ajv", "validate", "--spec=draft2020", "--strict=true",
        "-s", schema.toString()));
    for (Path f : files) {
      command.add("-d");
      command.add(f.toString());
    }
    return Ran.run(command, null, null, "");
  }

  private static List<Path> json(String... folders) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String folder : folders) {
      try (Stream<Path> s = Files.list(Path.of(folder))) {
        s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json")).sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void everyShippedFilePassesTheStrictSchema() throws IOException {
    List<Path> shipped = json("lessons", "exercises");
    shipped.add(Path.of("src/test/resources/dev/descent/lesson/schema-good.json"));

    Ran r = ajv(shipped);

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(shipped).hasSizeGreaterThan(15);
    for (Path f : shipped) {
      assertThat(r.out() + r.err()).contains(f + " valid");
    }
  }

  @Test
  void everyFileDescentRefusesTheSchemaRefusesToo() throws IOException {
    List<Path> broken = json("src/test/resources/dev/descent/lesson/schema-broken");

    Ran r = ajv(broken);

    assertThat(r.exit()).isNotZero();
    assertThat(broken).hasSizeGreaterThan(20);
    for (Path f : broken) {
      assertThat(r.out() + r.err()).as(f.toString()).contains(f + " invalid");
    }
  }

  @Test
  void anErrorInAProblemPageIsReportedAtItsField() {
    Path file = Path.of("src/test/resources/dev/descent/lesson/schema-broken/choices-on-a-number-question.json");

    Ran r = ajv(List.of(file));

    assertThat(r.out() + r.err()).contains("/pages/1/questions/0/choices").doesNotContain("oneOf");
  }
}
