package dev.descent.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code descent learn LESSON}: opens one lesson straight away. */
@Command(name = "learn", mixinStandardHelpOptions = true,
    description = {"Open a lesson straight away, by its id or its number in 'descent list'.",
        "", "Example: descent learn 1"})
final class LearnCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand DescentCommand parent;

  @Mixin CourseOptions options;

  @Parameters(paramLabel = "LESSON", completionCandidates = CourseIds.Lessons.class, description = "The lesson's id or number.")
  String lesson;

  @Override
  public Integer call() {
    return CourseRun.run(parent.console(), options.over(parent.options()), Optional.of(lesson), spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
