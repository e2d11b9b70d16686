package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.homework.ClassGrading;
import dev.descent.homework.ClassSummary;
import dev.descent.homework.Gradebook;
import dev.descent.homework.ItemAnalysis;
import dev.descent.homework.ItemAnalysisOutput;
import dev.descent.homework.LmsExport;
import dev.descent.homework.LmsFill;
import dev.descent.homework.Points;
import dev.descent.homework.Report;
import dev.descent.homework.SetCatalog;
import dev.descent.lesson.LessonFile;
import dev.descent.render.Visible;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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

/** {@code descent grade}: grades a class's answer files into a CSV gradebook and a summary of their mistakes. */
@Command(name = "grade", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Grade every answer file in a folder (and its subfolders) for one set, each with the numbers "
        + "of the student it names; write a CSV gradebook (one row per student, one column per question, the "
        + "total) and print the most frequent named mistakes per question.",
        "", "Example: descent grade sgd-homework handed-in/ --csv grades.csv"},
    footer = {"", "Files for another set, unreadable files and older files of a student who handed in two are "
        + "listed and left out; problems inside a file are listed and the rest of it is graded.",
        "Exit codes: 0 every file graded without problems, 1 some file or line reported, 2 nothing graded "
        + "(unknown set, no such folder, the gradebook cannot be written)."})
final class GradeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SET", completionCandidates = CourseIds.Sets.class,
      description = "An exercise set of the course, or an exercise file.")
  String set;

  @Parameters(index = "1", paramLabel = "DIR", description = "The folder of answer files.")
  Path dir;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write the gradebook to FILE (- for standard output; "
      + "the summary then goes to standard error).")
  String csv;

  @Option(names = "--into", paramLabel = "EXPORT", description = "A gradebook exported from Canvas or Moodle "
      + "as CSV: fill the --column of this set with each student's total, matched on --match, and write the filled "
      + "export to --csv (ready to import) instead of descent's own gradebook.")
  Path into;

  @Option(names = "--column", paramLabel = "NAME", description = "With --into: the assignment's column (such as "
      + "\"Homework 2\"; Canvas's \"Homework 2 (12345)\" is found by its name too), added when the export has none.")
  String column;

  @Option(names = "--match", paramLabel = "KEY", description = "With --into: email, login or sis-id, the column of "
      + "the export that holds the id each answer file's student: line gives (Canvas: SIS Login ID, SIS User ID; "
      + "Moodle: Email address, Username, ID number).")
  String match;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the item analysis (facility and "
      + "discrimination of each question, blanks, the most frequent mistakes; the set's mean, median, standard "
      + "deviation and Cronbach's alpha) to FILE as JSON (- for standard output).")
  String report;

  @Option(names = "--course", paramLabel = "PATH",
      description = "Look for SET in these exercise files or folders too.")
  List<Path> course = new ArrayList<>();

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Grades the class, writing the gradebook and the summary; the exit code. */
  int run(PrintWriter out, PrintWriter err) {
    Optional<LmsExport> export = export();
    SetCatalog catalog = CourseFolders.sets(course);
    LessonFile file = catalog.resolve(set);
    boolean toStdout = "-".equals(csv);
    Optional<Path> csvPath = writable(csv, "--csv", "the gradebook");
    Optional<Path> reportPath = writable(report, "--report", "the item analysis");
    if ("-".equals(csv) && "-".equals(report)) {
      throw new DescentException("--csv - and --report - cannot both go to standard output; write one to a file");
    }
    long start = System.nanoTime();
    ClassGrading.Result result = ClassGrading.grade(file, dir, catalog, csvPath);
    double seconds = (System.nanoTime() - start) / 1e9;
    Optional<LmsFill.Outcome> filled = export.map(e -> LmsFill.fill(e, result, column, LmsExport.Match.parse(match)));
    OutputFile.Contents contents = export.isPresent() ? w -> export.get().write(w) : w -> Gradebook.write(result, w);
    String what = export.isPresent() ? "the filled export" : "the gradebook";
    if (csvPath.isPresent()) {
      OutputFile.replace(csvPath.get(), what, contents);
    } else if (toStdout) {
      StringWriter sw = new StringWriter();
      try {
        contents.writeTo(sw);
      } catch (IOException e) {
        throw new DescentException("cannot write " + what + ": " + e.getMessage());
      }
      out.print(sw);
      out.flush();
    }
    ItemAnalysis.Result analysis = ItemAnalysis.of(result.reports());
    if (reportPath.isPresent()) {
      OutputFile.replace(reportPath.get(), "the item analysis", w -> ItemAnalysisOutput.json(analysis, w));
    } else if ("-".equals(report)) {
      try {
        ItemAnalysisOutput.json(analysis, out);
      } catch (IOException e) {
        throw new DescentException("cannot write the item analysis: " + e.getMessage());
      }
    }
    PrintWriter summary = toStdout || "-".equals(report) ? err : out;
    summary(result, seconds, summary);
    if (!result.reports().isEmpty()) {
      summary.println();
      summary.println("Item analysis (facility: mean score / maximum; discrimination: correlation with the rest of "
          + "the set; see exercises/README.md):");
      ItemAnalysisOutput.lines(analysis).forEach(summary::println);
    }
    filled.ifPresent(f -> LmsSummary.print(f, LmsExport.Match.parse(match), csv, summary));
    summary.flush();
    boolean clean = result.skipped().isEmpty() && result.reports().stream().allMatch(r -> r.notes().isEmpty())
        && filled.map(LmsFill.Outcome::complete).orElse(true);
    return clean && !result.reports().isEmpty() ? Main.OK : Main.FAILED;
  }

  /**
   * The export of --into, read before grading so that a wrong option or file is said at once.
   *
   * @throws DescentException when --into lacks --column, --match or --csv, or they are given without it
   */
  private Optional<LmsExport> export() {
    if (into == null) {
      if (column != null || match != null) {
        throw new DescentException((column != null ? "--column" : "--match") + " goes with --into EXPORT.csv, the "
            + "gradebook exported from your learning-management system");
      }
      return Optional.empty();
    }
    if (column == null || column.isBlank() || match == null) {
      throw new DescentException("--into needs --column NAME (the assignment) and --match email|login|sis-id (the "
          + "export's column that holds each answer file's student: id)");
    }
    LmsExport.Match.parse(match);
    if (csv == null) {
      throw new DescentException("--into writes the filled export to --csv FILE (or --csv - for standard output)");
    }
    dev.descent.files.FileKind kind = dev.descent.files.FileKind.of(into);
    if (kind != dev.descent.files.FileKind.REGULAR) {
      throw new DescentException("cannot read the export " + Visible.inline(into.toString()) + ": "
          + (kind == dev.descent.files.FileKind.MISSING ? "no such file" : "it is " + kind.words()
              + ", not a regular file"));
    }
    LmsExport export = LmsExport.read(into);
    export.keyColumn(LmsExport.Match.parse(match));
    export.assignmentColumn(column);
    return Optional.of(export);
  }

  private void summary(ClassGrading.Result result, double seconds, PrintWriter out) {
    List<Report> reports = result.reports();
    LessonFile file = result.set();
    double max = reports.isEmpty() ? 0 : reports.get(0).max();
    out.println(file.title() + " (" + file.id() + "): " + reports.size() + " student" + (reports.size() == 1 ? "" : "s")
        + " graded in " + String.format(java.util.Locale.ROOT, "%.2f", seconds) + " s"
        + (csv != null && !"-".equals(csv) ? "; gradebook written to " + Visible.inline(csv) : ""));
    if (reports.isEmpty()) {
      out.println("No answer file for " + file.id() + " was found in " + Visible.inline(dir.toString()) + ".");
    } else {
      double mean = reports.stream().mapToDouble(Report::earned).average().orElse(0);
      long full = reports.stream().filter(r -> r.earned() >= r.max() - 1e-9).count();
      out.println("Mean " + Points.format(mean) + " of " + Points.format(max) + " points; " + full
          + " with full marks.");
      if (csv == null) {
        out.println();
        for (Report r : reports) {
          out.println("  " + r.student() + "  " + Points.format(r.earned()));
        }
      }
      out.println();
      out.println("What the class got wrong, by question (students; the most frequent named mistakes):");
      ClassSummary.lines(reports).forEach(out::println);
    }
    List<Report> withNotes = reports.stream().filter(r -> !r.notes().isEmpty()).toList();
    if (!withNotes.isEmpty()) {
      out.println();
      out.println("Problems in graded files (the rest of each file was graded):");
      for (Report r : withNotes) {
        String source = Visible.inline(r.source());
        r.notes().stream().limit(5).forEach(n -> out.println("  " + source + ": " + n));
        if (r.notes().size() > 5) {
          out.println("  " + source + ": … and " + (r.notes().size() - 5) + " more");
        }
      }
    }
    if (!result.skipped().isEmpty()) {
      out.println();
      out.println("Files not graded:");
      for (ClassGrading.Skipped s : result.skipped()) {
        out.println("  " + Visible.inline(s.file()) + ": " + Visible.inline(s.reason()));
      }
    }
  }

  /**
   * The file an option names, checked before grading so that a refusal leaves everything as it was; empty
   * when the option is not given or is "-" (standard output).
   */
  private static Optional<Path> writable(String value, String option, String what) {
    if (value == null || value.equals("-")) {
      return Optional.empty();
    }
    Path p = FileArgument.path(option, value);
    String refusal = OutputFile.refusal(p);
    if (refusal != null) {
      throw new DescentException("cannot write " + what + " " + Visible.inline(value) + ": " + refusal);
    }
    return Optional.of(p);
  }

}
