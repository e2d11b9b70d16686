package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class QuickCourseTest {
  @TempDir Path data;

  static Stream<List<String>> commandLines() {
    return Stream.of(List.of(), List.of("--plain"), List.of("learn", "1"), List.of("learn", "eight-steps", "--plain"),
        List.of("--learner=zoe", "learn", "2"), List.of("learn", "99"), List.of("--figures=off", "learn", "1"),
        List.of("learn", "1", "--figures", "off"), List.of("--figures", "maybe"));
  }

  /** The command line with its own data directory, so that neither path sees the other's progress. */
  private String[] withData(List<String> args, String dir) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--data-dir", data.resolve(dir).toString(), "--learner", "ann"));
    return all.toArray(String[]::new);
  }

  private static Console console() {
    return new Console(new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8)), false, Map.of());
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void theQuickPathDoesWhatPicocliDoes(List<String> args) {
    StringWriter quickOut = new StringWriter();
    StringWriter quickErr = new StringWriter();
    int quick = QuickCourse.run(withData(args, "quick"), console(), new PrintWriter(quickOut, true), new PrintWriter(quickErr, true));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = DescentCommand.tree(console());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int picocli = cl.execute(withData(args, "picocli"));
    assertThat(quick).isEqualTo(picocli);
    // Each path keeps progress in its own folder, which a new learner's guide and the farewell both name.
    assertThat(quickOut.toString().replace(data.resolve("quick").toString(), "DATA"))
        .isEqualTo(out.toString().replace(data.resolve("picocli").toString(), "DATA"));
    assertThat(quickErr.toString()).isEqualTo(err.toString());
  }

  @Test
  void unusualCommandLinesAreLeftToPicocli() {
    for (String[] line : new String[][] {{"--help"}, {"learn"}, {"list"}, {"learn", "1", "2"}, {"--data-dir"},
        {"--learner="}, {"--plain", "--colour"}}) {
      assertThat(QuickCourse.run(line, console(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())))
          .as(String.join(" ", line)).isEqualTo(QuickCommands.NOT_HANDLED);
    }
  }
}
