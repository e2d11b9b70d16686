package dev.descent.session;

import dev.descent.lesson.CourseFile;
import dev.descent.lesson.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the index of the built-in course at build time: one line per lesson and exercise file, in
 * course order, with its path under {@code course/}, its id and its kind, separated by tabs. descent
 * reads it ({@link BuiltInCourse}) instead of scanning its jar and glancing into every file.
 *
 * <p>Usage: {@code CourseIndex PROJECT_DIR OUTPUT_FILE}.
 */
public final class CourseIndex {
  private CourseIndex() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CourseIndex PROJECT_DIR OUTPUT_FILE");
      System.exit(2);
    }
    Path project = Path.of(args[0]);
    List<Diagnostic> problems = new ArrayList<>();
    List<String> lines = lines(project, problems);
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println(p));
      System.exit(1);
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  /** The index lines for the course of {@code project} (its lessons/ and exercises/ folders). */
  static List<String> lines(Path project, List<Diagnostic> problems) {
    List<String> lines = new ArrayList<>();
    for (Path file : CourseLoader.files(project, problems)) {
      CourseFile.Head head = CourseFile.of(file).head();
      String name = project.relativize(file).toString().replace('\\', '/');
      if (head.id().isEmpty() || head.id().contains("\t") || name.contains("\t")) {
        problems.add(new Diagnostic(file.toString(), 1, 1, "has no id that the course index can hold; "
            + "run 'descent validate " + file + "'"));
        continue;
      }
      lines.add(name + "\t" + head.id() + "\t" + (head.exercises() ? "exercises" : "lesson"));
    }
    return lines;
  }
}
