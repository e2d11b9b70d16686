package dev.descent.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the course ({@code descent} and {@code descent learn LESSON}, with {@code --plain},
 * {@code --data-dir}, {@code --learner}, {@code --figures} and {@code --course}) without building picocli's
 * model, which takes longer
 * than starting the JVM and would delay the first screen. Anything else on the command line (help,
 * an unknown option, a missing value) is left to picocli; a test checks that both paths agree.
 */
final class QuickCourse {
  private QuickCourse() {}

  /** The exit code, or {@link QuickCommands#NOT_HANDLED}. */
  static int run(String[] args, Console console, PrintWriter out, PrintWriter err) {
    CourseOptions options = new CourseOptions();
    Optional<String> lesson = Optional.empty();
    boolean learn = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--plain")) {
        options.plain = true;
      } else if (a.startsWith("--data-dir=") || a.startsWith("--learner=") || a.startsWith("--figures=")
          || a.startsWith("--course=")) {
        if (!set(options, a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1))) {
          return QuickCommands.NOT_HANDLED;
        }
      } else if ((a.equals("--data-dir") || a.equals("--learner") || a.equals("--figures") || a.equals("--course"))
          && i + 1 < args.length
          && !args[i + 1].startsWith("-")) {
        if (!set(options, a, args[++i])) {
          return QuickCommands.NOT_HANDLED;
        }
      } else if (a.equals("learn") && !learn && lesson.isEmpty()) {
        learn = true;
      } else if (learn && lesson.isEmpty() && !a.startsWith("-")) {
        lesson = Optional.of(a);
      } else {
        return QuickCommands.NOT_HANDLED;
      }
    }
    if (learn && lesson.isEmpty()) {
      return QuickCommands.NOT_HANDLED;
    }
    return CourseRun.run(console, options, lesson, out, err);
  }

  /** Sets an option; false when its value is not usable, so that picocli says why. */
  private static boolean set(CourseOptions options, String name, String value) {
    if (value.isEmpty()) {
      return false;
    }
    if (name.equals("--learner")) {
      options.learner = value;
      return true;
    }
    if (name.equals("--figures")) {
      options.figures = value;
      return true;
    }
    try {
      if (name.equals("--course")) {
        options.course.add(Path.of(value));
      } else {
        options.dataDir = Path.of(value);
      }
      return true;
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
