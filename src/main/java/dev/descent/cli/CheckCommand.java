package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.homework.AnswerCheck;
import dev.descent.homework.AnswerText;
import dev.descent.homework.Report;
import dev.descent.homework.ReportJson;
import dev.descent.homework.ReportText;
import dev.descent.homework.SetCatalog;
import dev.descent.homework.StudentId;
import dev.descent.homework.UnreadableFile;
import dev.descent.render.Visible;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code descent check}: grades one answer file and says which answers are right. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Grade an answer file with the numbers of the student it names: each question right, wrong "
        + "(with the usual mistake it matches), partly right (which table rows), missing or unreadable, with "
        + "points and the total. Lines that cannot be used are reported with their numbers; every other answer "
        + "is still graded.",
        "", "Example: descent check alice-sgd-homework.txt"},
    footer = {"", "Exit codes: 0 every answer right, 1 something wrong, missing or reported, 2 the file cannot be "
        + "graded at all (missing, not text, no set or student, an unknown set)."})
final class CheckCommand implements Callable<Integer> {
  /** How a report is printed. */
  enum Format { text, json }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ANSWERS", description = "The answer file, or - to read it from standard input.")
  String answers;

  @Option(names = "--student", paramLabel = "ID",
      description = "The student the file must belong to; a file naming another is reported and graded with "
          + "ID's numbers.")
  String student;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json.")
  Format format;

  @Option(names = "--course", paramLabel = "PATH",
      description = "Look for the file's set in these exercise files or folders too.")
  List<Path> course = new ArrayList<>();

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr(),
        ((DescentCommand) spec.root().userObject()).in());
  }

  /** Grades the file, printing the report to {@code out}; the exit code. */
  int run(PrintWriter out, PrintWriter err, java.io.InputStream in) {
    Optional<StudentId> expected = student == null ? Optional.empty() : Optional.of(StudentId.of(student));
    String shown = answers.equals("-") ? "(standard input)" : answers;
    SetCatalog catalog;
    try {
      // A set that is not built in is also looked for by the file name the answer file gives, beside it and here.
      catalog = CourseFolders.sets(course).beside(beside());
    } catch (DescentException e) {
      return cannotGrade(shown, e.getMessage(), out, err);
    }
    Report report;
    try {
      AnswerText.Lines lines = answers.equals("-") ? AnswerText.read(in)
          : AnswerText.read(FileArgument.path(null, answers));
      report = AnswerCheck.check(shown, lines, catalog, new AnswerCheck.Expected(Optional.empty(), expected,
          Optional.empty()));
    } catch (UnreadableFile e) {
      return cannotGrade(shown, e.getMessage(), out, err);
    } catch (DescentException e) {
      return cannotGrade(shown, e.getMessage(), out, err);
    } catch (IOException e) {
      return cannotGrade(shown, "cannot read it: " + e.getMessage(), out, err);
    }
    if (format == Format.json) {
      ReportJson.write(report, out);
    } else {
      for (String line : ReportText.lines(report)) {
        out.println(line);
      }
    }
    out.flush();
    return report.allRight() ? Main.OK : Main.FAILED;
  }

  /** The folders where the set file an answer file names is looked for: the answer file's own, and the current one. */
  private List<Path> beside() {
    List<Path> folders = new ArrayList<>();
    if (!answers.equals("-")) {
      try {
        Path parent = Path.of(answers).toAbsolutePath().getParent();
        if (parent != null) {
          folders.add(parent);
        }
      } catch (java.nio.file.InvalidPathException e) {
        // not a file name: only the current folder
      }
    }
    folders.add(Path.of(""));
    return folders;
  }

  private int cannotGrade(String shown, String why, PrintWriter out, PrintWriter err) {
    if (format == Format.json) {
      ReportJson.writeUnreadable(shown, why, out);
    }
    err.println("descent: " + Visible.inline(shown) + " cannot be graded: " + why);
    err.flush();
    return Main.USAGE;
  }
}
