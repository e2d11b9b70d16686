package dev.descent.cli;

import dev.descent.course.Course;
import dev.descent.engine.DescentException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code descent review}: the questions due for review now, with new numbers. */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"Answer the questions due for review now, each with new numbers: a question answered wrong comes "
        + "back after 1 day, and after 3 and 7 more while you answer it right (Leitner boxes). Runs line by line, as "
        + "plain mode does; 'descent list' and 'descent report' say how many are due."})
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand DescentCommand parent;

  @Mixin CourseOptions options;

  @Override
  public Integer call() {
    Console console = parent.console();
    CourseOptions options = this.options.over(parent.options());
    Path dataDir = options.dataDir(console.env());
    String learner = options.learner(console.env());
    PrintWriter out = spec.commandLine().getOut();
    try {
      Course course = CourseSource.open(dataDir, options.course);
      PracticeCommand.plain(course, learner, console, options, out).review();
      out.flush();
      return Main.OK;
    } catch (DescentException e) {
      spec.commandLine().getErr().println("descent: " + e.getMessage());
      return Main.USAGE;
    } catch (Exception | Error e) {
      out.flush();
      return Crash.report(e, "reviewing for learner " + learner, dataDir, spec.commandLine().getErr());
    }
  }
}
