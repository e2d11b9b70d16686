package dev.descent.session;

import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and loads a course: the lesson and exercise files of a folder (its {@code lessons/} and
 * {@code exercises/} subfolders, or the folder itself), in the order of their names, or the course
 * built into descent. A broken file is left out with its problems as warnings; the rest loads.
 */
public final class CourseLoader {
  /** The most files a course may have. */
  public static final int MAX_FILES = 500;

  /** The loaded files and the problems of the files that were left out. */
  public record Loaded(List<LessonFile> files, List<Diagnostic> problems) {}

  private CourseLoader() {}

  /** The course built into descent. */
  public static Loaded builtIn() {
    List<Diagnostic> problems = new ArrayList<>();
    return builtInRoot(problems).map(root -> load(List.of(root))).orElse(new Loaded(List.of(), problems));
  }

  /**
   * The folder of the course built into descent (inside the jar when descent runs from one), holding
   * {@code lessons/} and {@code exercises/}; empty, with a problem added, when it cannot be found.
   */
  public static java.util.Optional<Path> builtInRoot(List<Diagnostic> problems) {
    URL url = CourseLoader.class.getResource("/course/lessons");
    if (url == null) {
      problems.add(new Diagnostic("(built-in course)", 1, 1, "descent was built without its course"));
      return java.util.Optional.empty();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (java.nio.file.FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return java.util.Optional.of(fs.getPath("/course"));
      }
      return java.util.Optional.of(Path.of(uri).getParent());
    } catch (URISyntaxException | IOException e) {
      problems.add(new Diagnostic("(built-in course)", 1, 1, "cannot read the built-in course: " + e.getMessage()));
      return java.util.Optional.empty();
    }
  }

  /** The files of {@code paths}: folders (with lessons/ and exercises/ or files directly) and single files. */
  public static Loaded load(List<Path> paths) {
    List<LessonFile> files = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path p : paths) {
      for (Path file : files(p, problems)) {
        String shown = file.toString();
        LessonLoader.Result r = LessonLoader.load(file, shown);
        if (r.lesson().isEmpty()) {
          problems.addAll(r.diagnostics());
          continue;
        }
        LessonFile lesson = r.lesson().get();
        if (!ids.add(lesson.id())) {
          problems.add(new Diagnostic(shown, 1, 1, "another file already has the id \"" + lesson.id()
              + "\"; this one is left out"));
          continue;
        }
        files.add(lesson);
      }
    }
    return new Loaded(files, problems);
  }

  /** The lesson files under {@code p}, in course order. */
  public static List<Path> files(Path p, List<Diagnostic> problems) {
    List<Path> out = new ArrayList<>();
    if (Files.isRegularFile(p)) {
      out.add(p);
      return out;
    }
    if (!Files.isDirectory(p)) {
      problems.add(new Diagnostic(p.toString(), 1, 1, "no such file or folder"));
      return out;
    }
    Path lessons = p.resolve("lessons");
    Path exercises = p.resolve("exercises");
    if (Files.isDirectory(lessons) || Files.isDirectory(exercises)) {
      out.addAll(jsonFiles(lessons, problems));
      out.addAll(jsonFiles(exercises, problems));
    } else {
      out.addAll(jsonFiles(p, problems));
    }
    return out;
  }

  private static List<Path> jsonFiles(Path dir, List<Diagnostic> problems) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(f -> {
        String name = f.getFileName().toString();
        return name.endsWith(".json") && !name.startsWith("_") && !name.startsWith(".") && !name.endsWith(".schema.json")
            && Files.isRegularFile(f);
      }).sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).limit(MAX_FILES).toList();
      return files;
    } catch (IOException e) {
      problems.add(new Diagnostic(dir.toString(), 1, 1, "cannot list the folder: " + e.getMessage()));
      return List.of();
    }
  }
}
