package dev.descent.session;

import dev.descent.lesson.CourseFile;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the index of the built-in course at build time: one line per lesson and exercise file, in
 * course order, with its path under {@code course/}, its id and its kind, separated by tabs, then,
 * for a file that loads, its listing: page count, the keys of its questions (comma-separated), title
 * and summary (tabs, line breaks and backslashes escaped as {@code \t}, {@code \n}, {@code \\}).
 * descent reads it ({@link BuiltInCourse}) instead of scanning its jar and glancing into every file,
 * and shows the lesson list from the listings without loading a lesson.
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

  /** The listing columns of a file that loads, each after a tab; empty for one that does not. */
  private static String listing(Path file) {
    LessonLoader.Result r = LessonLoader.load(CourseFile.of(file));
    if (r.lesson().isEmpty()) {
      return "";
    }
    LessonFile f = r.lesson().get();
    List<String> keys = new ArrayList<>(new LessonVariant(f, "").questions().keySet());
    for (String k : keys) {
      if (k.contains(",") || k.contains("\t") || k.contains("\n")) {
        return "";
      }
    }
    return "\t" + f.pages().size() + "\t" + String.join(",", keys) + "\t" + escape(f.title()) + "\t"
        + escape(f.summary());
  }

  /** {@code s} with backslashes, tabs and line breaks written as {@code \\}, {@code \t} and {@code \n}. */
  static String escape(String s) {
    return s == null ? "" : s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "");
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
      lines.add(name + "\t" + head.id() + "\t" + (head.exercises() ? "exercises" : "lesson") + listing(file));
    }
    return lines;
  }
}
