package dev.descent.cli;

import dev.descent.course.Course;
import dev.descent.engine.DescentException;
import dev.descent.ui.LessonChoice;
import dev.descent.ui.Settings;
import dev.descent.ui.plain.PlainUi;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code descent practice LESSON[.PROBLEM]}: a problem again and again with new numbers, until it is mastered. */
@Command(name = "practice", mixinStandardHelpOptions = true,
    description = {"Practise a problem with new numbers each round until you have it right several rounds in a row "
        + "(three unless the lesson says otherwise), each without a hint or the solution. Runs line by line, as "
        + "plain mode does.", "", "Example: descent practice sgd-step.linear-more"})
final class PracticeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand DescentCommand parent;

  @Mixin CourseOptions options;

  @Parameters(paramLabel = "LESSON[.PROBLEM]", completionCandidates = CourseIds.Lessons.class,
      description = "The lesson's id or number, and optionally a problem's id after a dot; without one, the first "
          + "problem with drawn numbers you have not mastered.")
  String target;

  /** Plain mode on the console for {@code learner}, as the practice and review commands run it. */
  static PlainUi plain(Course course, String learner, Console console, CourseOptions options, PrintWriter out) {
    int width = console.onTerminal() ? TerminalColumns.of(console.env()) : 0;
    BufferedReader in = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
    return new PlainUi(course, learner, in, out, new Settings(width, options.figures(console.env()),
        options.dataDir(console.env())));
  }

  @Override
  public Integer call() {
    Console console = parent.console();
    CourseOptions options = this.options.over(parent.options());
    Path dataDir = options.dataDir(console.env());
    String learner = options.learner(console.env());
    PrintWriter out = spec.commandLine().getOut();
    try {
      Course course = CourseSource.open(dataDir, options.course);
      int dot = target.indexOf('.');
      String lesson = LessonChoice.require(course, dot < 0 ? target : target.substring(0, dot));
      String problem = dot < 0 ? null : target.substring(dot + 1);
      course.practice(lesson, problem, learner);
      plain(course, learner, console, options, out).practice(lesson, problem);
      out.flush();
      return Main.OK;
    } catch (DescentException e) {
      spec.commandLine().getErr().println("descent: " + e.getMessage());
      return Main.USAGE;
    } catch (Exception | Error e) {
      out.flush();
      return Crash.report(e, "practising for learner " + learner, dataDir, spec.commandLine().getErr());
    }
  }
}
