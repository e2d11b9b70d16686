package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code descent schema} prints the schema as the repository has it, so that it can be saved anywhere. */
class SchemaCommandTest {
  @Test
  void itPrintsTheSchemaThatShipsWithTheCourse() throws IOException {
    Cli r = Cli.run("schema");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(Files.readString(Path.of("lessons/descent.schema.json")));
    assertThat(r.err()).isEmpty();
  }
}
