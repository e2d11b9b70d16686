package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.homework.AnswerTemplate;
import dev.descent.homework.SetCatalog;
import dev.descent.homework.SetOrigin;
import dev.descent.homework.Sheet;
import dev.descent.homework.StudentId;
import dev.descent.lesson.LessonFile;
import dev.descent.render.Visible;
import dev.descent.session.LessonVariant;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

/** {@code descent homework}: a student's sheet with their own numbers, and the answer file to fill in. */
@Command(name = "homework", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print a student's homework sheet (the problems with their own numbers, each question's id and "
        + "points) followed by the answer file to fill in. The same id always gives the same numbers.",
        "", "Example: descent homework sgd-homework --student alice --answers alice-sgd-homework.txt"},
    footer = {"", "Then: descent check alice-sgd-homework.txt. The answer file's format is in exercises/README.md."})
final class HomeworkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SET", completionCandidates = CourseIds.Sets.class,
      description = "An exercise set of the course (such as sgd-homework) or an exercise file.")
  String set;

  @Option(names = "--student", required = true, paramLabel = "ID",
      description = "Whose numbers: letters, digits and . _ - @ +, not case-sensitive.")
  String student;

  @Option(names = "--answers", paramLabel = "FILE",
      description = "Also save the answer file to fill in as FILE (an existing file is kept unless --force).")
  Path answers;

  @Option(names = "--force", description = "With --answers, replace an existing file.")
  boolean force;

  @Option(names = "--template", description = "Print only the answer file, e.g. to redirect it to a file.")
  boolean templateOnly;

  @Option(names = "--course", paramLabel = "PATH",
      description = "Look for SET in these exercise files or folders too.")
  List<Path> course = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StudentId id = StudentId.of(student);
    SetCatalog catalog = CourseFolders.sets(course);
    LessonFile file = catalog.resolve(set);
    Optional<SetOrigin> origin = catalog.origin(file);
    LessonVariant variant = new LessonVariant(file, id.value());
    List<String> template = AnswerTemplate.lines(variant, id, origin);
    if (answers != null) {
      save(template);
    }
    if (!templateOnly) {
      Sheet.lines(variant, id, origin).forEach(out::println);
      out.println();
      out.println();
      if (answers != null) {
        out.println("The answer file to fill in was saved as " + Visible.inline(answers.toString()) + ".");
      } else {
        out.println("The answer file to fill in (save it as " + AnswerTemplate.fileName(id, file)
            + ", or use --answers FILE):");
        out.println();
      }
    }
    if (templateOnly || answers == null) {
      template.forEach(out::println);
    }
    out.flush();
    return Main.OK;
  }

  private void save(List<String> template) {
    if (!force && Files.exists(answers, LinkOption.NOFOLLOW_LINKS)) {
      throw new DescentException(Visible.inline(answers.toString()) + " already exists and may hold answers; "
          + "choose another name, or add --force to replace it");
    }
    OutputFile.replace(answers, "the answer file", out -> {
      for (String line : template) {
        out.write(line);
        out.write(System.lineSeparator());
      }
    });
  }
}
