package dev.descent.cli;

import dev.descent.course.Course;
import dev.descent.engine.DescentException;
import dev.descent.render.Paragraph;
import dev.descent.ui.LessonChoice;
import dev.descent.ui.Settings;
import dev.descent.ui.plain.PlainUi;
import dev.descent.ui.tui.TerminalLauncher;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** Runs the course in the front end that suits the terminal; an unexpected error goes to the log, not the screen. */
final class CourseRun {
  private CourseRun() {}

  /** Runs the course, in {@code lesson} (an id or a 1-based number) when given; returns the exit code. */
  static int run(Console console, CourseOptions options, Optional<String> lesson, PrintWriter out, PrintWriter err) {
    return run(console, options, lesson, out, err, new BuiltIn(options.course));
  }

  /**
   * The built-in course and the instructor's own; a class rather than a method reference, so that no lambda is
   * linked before the first frame.
   */
  private static final class BuiltIn implements Function<Path, Course> {
    private final java.util.List<Path> course;

    BuiltIn(java.util.List<Path> course) {
      this.course = course;
    }

    @Override
    public Course apply(Path dataDir) {
      return CourseSource.open(dataDir, course);
    }
  }

  /** Like {@link #run(Console, CourseOptions, Optional, PrintWriter, PrintWriter)}, with the course from {@code source}. */
  static int run(Console console, CourseOptions options, Optional<String> lesson, PrintWriter out, PrintWriter err,
      Function<Path, Course> source) {
    Path dataDir = options.dataDir(console.env());
    String learner = options.learner(console.env());
    try {
      boolean figures = options.figures(console.env());
      if (FrontEnd.choose(options.plain, console.onTerminal(), console.env()) == FrontEnd.TEXT) {
        Settings settings = new Settings(0, figures, dataDir);
        // The course lists its lessons from the build's index; the lesson files load once the UI runs.
        Course course = source.apply(dataDir);
        boolean colour = FrontEnd.colour(console.env());
        TerminalLauncher.Terminals terminal = console.terminal() == null ? TerminalLauncher.THIS_PROCESS
            : console.terminal();
        boolean saved = TerminalLauncher.run(course, learner, lesson, colour, settings, System.out, terminal);
        for (String line : Paragraph.wrap(settings.farewell(learner, saved), TerminalColumns.of(console.env()))) {
          out.println(line);
        }
      } else {
        int width = console.onTerminal() ? TerminalColumns.of(console.env()) : 0;
        Course course = source.apply(dataDir);
        plain(course, learner, lesson.map(typed -> LessonChoice.require(course, typed)), console, out,
            new Settings(width, figures, dataDir));
      }
      return Main.OK;
    } catch (DescentException e) {
      err.println("descent: " + e.getMessage());
      return Main.USAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Main.OK;
    } catch (Exception | Error e) {
      out.flush();
      return Crash.report(e, "running the course for learner " + learner, dataDir, err);
    }
  }

  private static void plain(Course course, String learner, Optional<String> lessonId, Console console,
      PrintWriter out, Settings settings) {
    BufferedReader in = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
    PlainUi ui = new PlainUi(course, learner, in, out, settings);
    Thread hook = new Thread(() -> {
      ui.saveCurrent();
      out.flush();
    }, "descent: save on exit");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      ui.run(lessonId);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook saves
      }
    }
  }
}
