package dev.descent.cli;

import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code descent} command: with no subcommand, it starts the course. */
@Command(name = "descent", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"A course in gradient descent and optimization, in the terminal.",
        "", "With no command, starts the course: a full-screen UI on a terminal, line by line otherwise."},
    subcommands = {LearnCommand.class, ListCommand.class, TraceCommand.class, HessianCommand.class, ValidateCommand.class,
        KeyCommand.class, BenchCommand.class, HomeworkCommand.class, CheckCommand.class, GradeCommand.class,
        CompletionCommand.class, SchemaCommand.class, PreviewCommand.class, PracticeCommand.class,
        ReviewCommand.class, ReportCommand.class},
    footer = {"", "Exit codes: 0 success, 1 wrong or missing answers or invalid files, 2 bad usage, "
        + "3 internal error."})
final class DescentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CourseOptions options;

  private final Console console;

  DescentCommand(Console console) {
    this.console = console;
  }

  Console console() {
    return console;
  }

  /** Standard input, for commands that read answers from it. */
  InputStream in() {
    return console.in();
  }

  CourseOptions options() {
    return options;
  }

  @Override
  public Integer call() {
    return CourseRun.run(console, options, Optional.empty(), spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
