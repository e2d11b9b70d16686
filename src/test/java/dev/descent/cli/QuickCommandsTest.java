package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The quick path prints exactly what picocli's path prints, and knows every option picocli knows. */
class QuickCommandsTest {

  static Stream<List<String>> commandLines() {
    return Stream.of(
        List.of("--version"),
        List.of("trace", "--f", "w^2-4w+5", "--start", "w=0", "--eta", "0.3", "--steps", "8"),
        List.of("trace", "--f=(w-3)^2", "--start=w=0", "--eta=2", "--steps=30", "--format", "json"),
        List.of("trace", "-f", "1 + sin(x) + cos(y) + (y + y^2 + x^2)/10", "--start", "x=0", "--start", "y=0", "--eta",
            "0.01", "--steps", "20", "--every", "5", "--optimizer", "adam", "--state", "--plot"),
        List.of("trace", "--function", "w^2", "--start", "w=1", "--eta", "0.8", "--schedule", "invsqrt", "--clip", "1",
            "--format", "csv", "--digits", "4"),
        List.of("trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--optimizer", "momentum", "--beta", "0.5"),
        List.of("trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--optimizer", "adam", "--beta1", "0.8",
            "--beta2", "0.99", "--eps", "1e-6", "--state"),
        List.of("trace", "--f", "w^2 +", "--start", "w=0", "--eta", "0.1"),
        List.of("hessian", "--f", "5x^2+13y^2", "--at", "x=0,y=0"),
        List.of("hessian", "--f", "x^2 - y^2", "--at", "x=0", "--at", "y=0", "--format", "json", "--digits", "5"),
        List.of("check", "src/test/resources/quick/answers.txt"),
        List.of("check", "src/test/resources/quick/answers.txt", "--format", "json", "--student", "alice"),
        List.of("check", "--student=bob", "src/test/resources/quick/answers.txt"),
        List.of("check", "no-such-file.txt"));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void bothPathsPrintTheSame(List<String> args) throws Exception {
    Cli quick = Cli.run(args.toArray(String[]::new));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = throughPicocli(args.toArray(String[]::new), out, err);
    assertThat(quick.out()).isEqualTo(out.toString());
    assertThat(quick.err()).isEqualTo(err.toString());
    assertThat(quick.exit()).isEqualTo(code);
  }

  /** Runs {@code line} through picocli's model alone, as a line the quick path leaves would go; the exit code. */
  private static int throughPicocli(String[] line, StringWriter out, StringWriter err) {
    CommandLine cl = DescentCommand.tree(new Console(System.in, false, java.util.Map.of()));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
      cmd.getErr().println("descent: " + ex.getMessage());
      return Main.USAGE;
    });
    return cl.execute(line);
  }

  static Stream<List<String>> gradeLines() {
    String dir = "src/test/resources/quick-class";
    return Stream.of(
        List.of("grade", "sgd-homework", dir),
        List.of("grade", "sgd-homework", dir, "--csv", "-"),
        List.of("grade", "--csv=-", "sgd-homework", dir, "--course", "exercises"),
        List.of("grade", "sgd-homework", dir, "--report", "-"),
        List.of("grade", "sgd-homework", dir, "--csv", "-", "--report", "-"),
        List.of("grade", "sgd-homework", dir, "--column", "Homework 2"),
        List.of("grade", "no-such-set", dir),
        List.of("grade", "sgd-homework", "no-such-folder"));
  }

  /** grade's summary says how long grading took, which differs from run to run. */
  private static String untimed(String text) {
    return text.replaceAll("graded in [0-9.]+ s", "graded in … s");
  }

  @ParameterizedTest
  @MethodSource("gradeLines")
  void gradeTakesTheQuickPathAndPrintsWhatPicocliPrints(List<String> args) throws Exception {
    String[] line = args.toArray(String[]::new);
    StringWriter quickOut = new StringWriter();
    StringWriter quickErr = new StringWriter();
    int quickCode;
    try {
      quickCode = QuickCommands.run(line, new PrintWriter(quickOut, true), new PrintWriter(quickErr, true),
          java.io.InputStream.nullInputStream());
    } catch (dev.descent.engine.DescentException e) {
      quickCode = Main.USAGE; // Commands.execute prints such a refusal as picocli's handler does
      new PrintWriter(quickErr, true).println("descent: " + e.getMessage());
    }
    assertThat(quickCode).as("taken by the quick path").isNotEqualTo(QuickCommands.NOT_HANDLED);
    Cli quick = Cli.run(line);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = throughPicocli(line, out, err);
    assertThat(untimed(quickOut.toString())).isEqualTo(untimed(out.toString()));
    assertThat(untimed(quickErr.toString())).isEqualTo(untimed(err.toString()));
    assertThat(untimed(quick.out())).isEqualTo(untimed(out.toString()));
    assertThat(untimed(quick.err())).isEqualTo(untimed(err.toString()));
    assertThat(quickCode).isEqualTo(code);
    assertThat(quick.exit()).isEqualTo(code);
  }

  @Test
  void unusualGradeLinesGoToPicocli() throws Exception {
    String dir = "src/test/resources/quick-class";
    for (String[] args : List.of(new String[] {"grade", "--help"}, new String[] {"grade", "sgd-homework"},
        new String[] {"grade", "sgd-homework", dir, "extra"}, new String[] {"grade", "sgd-homework", dir, "--bogus", "x"},
        new String[] {"grade", "sgd-homework", dir, "--csv", "--report", "r.json"},
        new String[] {"grade", "sgd-homework", dir, "--csv", "a.csv", "--csv", "b.csv"},
        new String[] {"grade", "sgd-homework", "bad\u0000name"})) {
      assertThat(QuickCommands.run(args, new PrintWriter(new StringWriter()))).as(String.join(" ", args))
          .isEqualTo(QuickCommands.NOT_HANDLED);
    }
  }

  @Test
  void everyGradeOptionIsKnownToTheQuickPath() throws Exception {
    CommandLine sub = DescentCommand.tree(new Console(System.in, false, java.util.Map.of())).getSubcommands().get("grade");
    for (OptionSpec o : sub.getCommandSpec().options()) {
      if (o.usageHelp() || o.versionHelp()) {
        continue;
      }
      // --into without --column is refused by grade itself, after the quick path took the line.
      String[] args = {"grade", "sgd-homework", "no-such-folder", o.longestName(), "x"};
      int code;
      try {
        code = QuickCommands.run(args, new PrintWriter(new StringWriter()));
      } catch (dev.descent.engine.DescentException refused) {
        code = Main.USAGE;
      }
      assertThat(code).as(o.longestName()).isNotEqualTo(QuickCommands.NOT_HANDLED);
    }
  }

  @Test
  void theQuickPathIsTaken() throws Exception {
    assertThat(QuickCommands.run(new String[] {"--version"}, new PrintWriter(new StringWriter()))).isEqualTo(0);
    assertThat(QuickCommands.run(new String[] {"trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1"},
        new PrintWriter(new StringWriter()))).isEqualTo(0);
  }

  @Test
  void unusualLinesGoToPicocli() throws Exception {
    for (String[] args : List.of(new String[] {"trace", "--help"}, new String[] {"trace", "--f", "w", "--bogus"},
        new String[] {"trace", "--f", "w^2", "--start", "w=1", "--eta", "0.1", "--steps", "many"},
        new String[] {"trace", "--f", "w^2", "--f", "w^3", "--start", "w=1", "--eta", "0.1"},
        new String[] {"trace", "--start", "w=1", "--eta", "0.1"}, new String[] {"list"})) {
      assertThat(QuickCommands.run(args, new PrintWriter(new StringWriter()))).as(String.join(" ", args))
          .isEqualTo(QuickCommands.NOT_HANDLED);
    }
  }

  @Test
  void everyPicocliOptionIsKnownToTheQuickPath() throws Exception {
    for (String command : List.of("trace", "hessian")) {
      CommandLine sub = DescentCommand.tree(new Console(System.in, false, java.util.Map.of())).getSubcommands().get(command);
      for (OptionSpec o : sub.getCommandSpec().options()) {
        if (o.usageHelp() || o.versionHelp()) {
          continue;
        }
        List<String> args = new ArrayList<>(List.of(command, "--f", "w^2"));
        args.addAll(command.equals("trace") ? List.of("--start", "w=1", "--eta", "0.1") : List.of("--at", "w=1"));
        String name = o.longestName();
        if (!name.equals("--f") && !name.equals("--function") && !name.equals("--start") && !name.equals("--at")
            && !name.equals("--eta")) {
          args.add(name);
          if (o.arity().max() > 0) {
            args.add(o.defaultValue() != null ? o.defaultValue() : "1");
          }
        }
        int code;
        try {
          code = QuickCommands.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()));
        } catch (dev.descent.engine.DescentException usageError) {
          code = Main.USAGE; // taken by the quick path, which reported a bad value
        }
        assertThat(code).as("%s %s", command, name).isNotEqualTo(QuickCommands.NOT_HANDLED);
      }
    }
  }
}
