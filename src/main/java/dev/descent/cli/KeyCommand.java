package dev.descent.cli;

import dev.descent.check.Answer;
import dev.descent.engine.DescentException;
import dev.descent.files.FileKind;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import dev.descent.lesson.PageSpec;
import dev.descent.problem.Bindings;
import dev.descent.problem.Outcome;
import dev.descent.render.Numbers;
import dev.descent.render.Visible;
import dev.descent.session.LessonVariant;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code descent key}: the answer key of one variant of a lesson or exercise set. */
@Command(name = "key", mixinStandardHelpOptions = true,
    description = {"Print the answers of a lesson or exercise file for one learner's numbers.",
        "", "Example: descent key exercises/03-sgd-homework.json --student alice"})
final class KeyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A lesson or exercise file, or the id of a lesson of the course.")
  String target;

  @Option(names = {"--student", "--learner"}, paramLabel = "ID", defaultValue = "",
      description = "Whose numbers (default: the reference variant).")
  String student;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LessonFile file = load(target);
    LessonVariant v = new LessonVariant(file, student);
    out.println(file.title() + " (" + file.id() + ")" + (student.isEmpty() ? "" : ", numbers of " + student));
    for (PageSpec.ProblemPage p : file.problems()) {
      out.println();
      Bindings b;
      try {
        b = v.bindings(p);
      } catch (DescentException e) {
        out.println(p.id() + ": " + e.getMessage());
        continue;
      }
      out.println(p.id() + (p.title() == null ? "" : "  " + p.title()) + (b.values().isEmpty() ? "" : "   [" + numbers(b) + "]"));
      for (var q : p.questions()) {
        LessonVariant.Located l = new LessonVariant.Located(p, q);
        out.println("  " + l.key() + " = " + answer(v, l));
      }
    }
    out.flush();
    return Main.OK;
  }

  private static String answer(LessonVariant v, LessonVariant.Located l) {
    Outcome o;
    try {
      o = v.outcome(l);
    } catch (DescentException e) {
      return "(cannot be computed: " + e.getMessage() + ")";
    }
    if (o.answer() instanceof Answer.Table t) {
      StringBuilder sb = new StringBuilder("table of " + String.join(", ", t.model().columns()));
      for (int i = 0; i < t.model().steps().size(); i++) {
        List<String> cells = new ArrayList<>();
        for (double d : t.model().truth(i)) {
          cells.add(Numbers.format(d));
        }
        sb.append(System.lineSeparator()).append("      ").append(t.model().steps().get(i)).append(": ")
            .append(String.join(", ", cells));
      }
      return sb.toString();
    }
    if (o.answer() instanceof Answer.Choice c) {
      List<String> texts = new ArrayList<>();
      List<String> others = new ArrayList<>();
      var options = v.options(l);
      var shown = v.view(l).choices();
      for (int i = 0; i < options.size(); i++) {
        var opt = options.get(i);
        String said = shown.get(i).id() + ") " + opt.text() + (opt.reason().isEmpty() ? "" : ": " + opt.reason());
        if (c.ids().contains(opt.id())) {
          texts.add(said);
        } else if (!opt.reason().isEmpty()) {
          others.add(System.lineSeparator() + "      not " + said);
        }
      }
      return String.join("; ", texts) + String.join("", others);
    }
    if (o.answer() instanceof Answer.Function fn) {
      double[] at = fn.centre();
      return "an expression equal to " + fn.text() + " (at " + Numbers.assignments(fn.variables(), at) + " it is "
          + Numbers.format(fn.function().applyAsDouble(at)) + ")";
    }
    return o.answer().show();
  }

  static LessonFile load(String target) {
    Path p = path(target);
    if (p != null && Files.isRegularFile(p)) {
      LessonLoader.Result r = LessonLoader.load(p, target);
      if (r.lesson().isEmpty()) {
        throw new DescentException(Visible.inline(target) + " has problems; run 'descent validate " + target + "':"
            + System.lineSeparator() + String.join(System.lineSeparator(),
                r.diagnostics().stream().limit(10).map(Diagnostic::toString).toList()));
      }
      return r.lesson().get();
    }
    var course = dev.descent.session.CourseLoader.builtInAnd(CourseFolders.ofEnvironment());
    for (LessonFile f : course.files()) {
      if (f.id().equals(target)) {
        return f;
      }
    }
    FileKind kind = p == null ? FileKind.MISSING : FileKind.of(p);
    if (kind != FileKind.MISSING) {
      throw new DescentException(Visible.inline(target) + " is " + kind.words() + ", not a lesson file");
    }
    throw new DescentException("no file or lesson \"" + Visible.inline(target) + "\"");
  }

  /** The path {@code target} names, or null when it cannot name one (then it may still be a lesson's id). */
  private static Path path(String target) {
    try {
      return Path.of(target);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  static String numbers(Bindings b) {
    StringBuilder sb = new StringBuilder();
    b.values().forEach((k, val) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" = ").append(Numbers.format(val)));
    return sb.toString();
  }
}
