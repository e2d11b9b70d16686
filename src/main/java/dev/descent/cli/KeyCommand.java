package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.files.FileKind;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import dev.descent.lesson.PageSpec;
import dev.descent.problem.Bindings;
import dev.descent.render.Numbers;
import dev.descent.render.Visible;
import dev.descent.session.AnswerKey;
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

  @Option(names = "--course", paramLabel = "PATH",
      description = "Look for a lesson's id in these lesson or exercise files or folders too.")
  List<Path> course = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LessonFile file = load(target, course);
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
        out.println("  " + l.key() + " = " + AnswerKey.answer(v, l));
      }
    }
    out.flush();
    return Main.OK;
  }

  static LessonFile load(String target, List<Path> course) {
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
    var loaded = dev.descent.session.CourseLoader.builtInAnd(CourseFolders.with(course, System.getenv()));
    for (LessonFile f : loaded.files()) {
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
