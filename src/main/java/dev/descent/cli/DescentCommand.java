package dev.descent.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code descent} command. */
@Command(name = "descent", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "A course in gradient descent and optimization, in the terminal.",
    subcommands = {TraceCommand.class, HessianCommand.class, ValidateCommand.class, KeyCommand.class,
        BenchCommand.class, HomeworkCommand.class, CheckCommand.class, GradeCommand.class},
    footer = {"", "Exit codes: 0 success, 1 wrong or missing answers or invalid files, 2 bad usage, "
        + "3 internal error."})
final class DescentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final InputStream in;

  DescentCommand(InputStream in) {
    this.in = in;
  }

  InputStream in() {
    return in;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Main.OK;
  }
}
