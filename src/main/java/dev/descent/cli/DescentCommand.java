package dev.descent.cli;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code descent} command: with no subcommand, it starts the course. */
@Command(name = "descent", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"A course in gradient descent and optimization, in the terminal.",
        "", "With no command, starts the course: a full-screen UI on a terminal, line by line otherwise."},
    footer = {"", "Exit codes: 0 success, 1 wrong or missing answers or invalid files, 2 bad usage, "
        + "3 internal error."})
final class DescentCommand implements Callable<Integer> {
  /** The subcommands, in the order the help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(LearnCommand.class, ListCommand.class, TraceCommand.class,
      HessianCommand.class, ValidateCommand.class, KeyCommand.class, BenchCommand.class, HomeworkCommand.class,
      CheckCommand.class, GradeCommand.class, CompletionCommand.class, SchemaCommand.class, PreviewCommand.class,
      PracticeCommand.class, ReviewCommand.class, ReportCommand.class);

  @Spec CommandSpec spec;

  @Mixin CourseOptions options;

  private final Console console;

  DescentCommand(Console console) {
    this.console = console;
  }

  /** The whole command tree of descent, for {@code console}. */
  static CommandLine tree(Console console) {
    return tree(console, new String[0]);
  }

  /**
   * The command tree {@code args} need: when the first argument names a subcommand, the root with that one
   * alone, since picocli reads the annotations of every command it is given, which took a whole-command
   * run of {@code descent grade} ~125 ms of CPU before anything was graded; else (no arguments, an
   * option, a misspelt command, {@code --help}, {@code completion}) the whole tree.
   */
  static CommandLine tree(Console console, String[] args) {
    CommandLine cl = new CommandLine(new DescentCommand(console));
    String first = args.length == 0 ? "" : args[0];
    boolean one = false;
    for (Class<?> c : SUBCOMMANDS) {
      one |= name(c).equals(first) && c != CompletionCommand.class; // completion writes out the whole tree
    }
    for (Class<?> c : SUBCOMMANDS) {
      if (!one || name(c).equals(first)) {
        cl.addSubcommand(c);
      }
    }
    return cl;
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
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
