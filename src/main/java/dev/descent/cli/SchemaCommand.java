package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.lesson.Packed;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code descent schema}: the JSON Schema of lesson and exercise files, for editors outside descent's folder. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Print the JSON Schema (draft 2020-12) of lesson and exercise files, which editors use to complete "
        + "and check fields as you type.",
        "", "Example: descent schema > descent.schema.json   (then \"$schema\": \"./descent.schema.json\" in a file)"})
final class SchemaCommand implements Callable<Integer> {
  /** Where the schema is packed with descent, beside the built-in lessons. */
  static final String PACKED = "course/lessons/descent.schema.json";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text());
    out.flush();
    return Main.OK;
  }

  /** The schema's text, as descent was built with it. */
  static String text() {
    try (InputStream in = Packed.open(PACKED)) {
      if (in == null) {
        throw new DescentException("descent was built without its schema (" + PACKED + "); build it with 'mvn package'");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DescentException("cannot read the schema packed with descent: " + e.getMessage());
    }
  }
}
