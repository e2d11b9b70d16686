package dev.descent.session;

import dev.descent.files.FileKind;
import dev.descent.lesson.CourseFile;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    return builtInAnd(List.of());
  }

  /**
   * The course built into descent followed by the files of {@code folders} (an instructor's own
   * lessons and exercise sets, as {@link #files(Path, List)} finds them), with one set of ids: a file
   * whose id is taken is left out with a problem.
   */
  public static Loaded builtInAnd(List<Path> folders) {
    List<Diagnostic> problems = new ArrayList<>();
    List<CourseFile> files = new ArrayList<>(builtInFiles(problems));
    int builtIn = files.size();
    files.addAll(filesOf(folders, problems));
    Loaded loaded = loadFiles(files, builtIn);
    problems.addAll(loaded.problems());
    return new Loaded(loaded.files(), problems);
  }

  /**
   * The files of the course built into descent, in course order, as the index the build writes lists
   * them (see {@link BuiltInCourse}).
   */
  public static List<CourseFile> builtInFiles(List<Diagnostic> problems) {
    List<CourseFile> indexed = BuiltInCourse.files();
    if (indexed == null) {
      problems.add(new Diagnostic("(built-in course)", 1, 1, "descent was built without its course index "
          + "(course/index.txt); build it with 'mvn package'"));
      return List.of();
    }
    return indexed;
  }

  /** The files of {@code paths}: folders (with lessons/ and exercises/ or files directly) and single files. */
  public static Loaded load(List<Path> paths) {
    List<Diagnostic> problems = new ArrayList<>();
    Loaded loaded = loadFiles(filesOf(paths, problems));
    problems.addAll(loaded.problems());
    return new Loaded(loaded.files(), problems);
  }

  private static List<CourseFile> filesOf(List<Path> paths, List<Diagnostic> problems) {
    List<CourseFile> files = new ArrayList<>();
    for (Path p : paths) {
      for (Path file : files(p, problems)) {
        files.add(CourseFile.of(file));
      }
    }
    return files;
  }

  /** Loads files in order; a broken file, or a second file with an id already taken, is left out. */
  public static Loaded loadFiles(List<CourseFile> sources) {
    return loadFiles(sources, 0);
  }

  /** As {@link #loadFiles(List)}, the first {@code builtIn} files being descent's own course. */
  private static Loaded loadFiles(List<CourseFile> sources, int builtIn) {
    List<LessonFile> files = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      CourseFile file = sources.get(i);
      LessonLoader.Result r = LessonLoader.load(file);
      if (r.lesson().isEmpty()) {
        problems.addAll(r.diagnostics());
        continue;
      }
      LessonFile lesson = r.lesson().get();
      Integer taken = ids.putIfAbsent(lesson.id(), i);
      if (taken != null) {
        problems.add(new Diagnostic(file.shown(), 1, 1, "the id \"" + lesson.id() + "\" is already taken by "
            + (taken < builtIn ? "descent's own course" : sources.get(taken).shown())
            + "; this file is left out (give it an id of its own)"));
        continue;
      }
      files.add(lesson);
    }
    return new Loaded(files, problems);
  }

  /**
   * True when none of {@code folders} holds an entry that {@link #files} would read or name, such as the
   * self-contained image's empty course/ folder; looked at without reading a file.
   */
  public static boolean holdNothing(List<Path> folders) {
    for (Path p : folders) {
      Path lessons = p.resolve("lessons");
      Path exercises = p.resolve("exercises");
      boolean split = Files.isDirectory(lessons) || Files.isDirectory(exercises);
      if (split ? !emptyOrMissing(lessons) || !emptyOrMissing(exercises) : !emptyOrMissing(p)) {
        return false;
      }
    }
    return true;
  }

  private static boolean emptyOrMissing(Path dir) {
    if (!Files.isDirectory(dir)) {
      return !Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }
    try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** The lesson files under {@code p}, in course order. */
  public static List<Path> files(Path p, List<Diagnostic> problems) {
    List<Path> out = new ArrayList<>();
    FileKind kind = FileKind.of(p);
    if (kind == FileKind.REGULAR) {
      out.add(p);
      return out;
    }
    if (kind != FileKind.FOLDER) {
      problems.add(new Diagnostic(p.toString(), 1, 1, kind == FileKind.MISSING ? "no such file or folder"
          : "it is " + kind.words() + ", not a lesson file or a folder of them"));
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

  /** Why an entry of a course folder is not a lesson file. */
  private static String whyNot(Path f) {
    String name = f.getFileName().toString();
    if (name.startsWith("_")) {
      return "a draft (its name starts with _)";
    }
    if (name.startsWith(".")) {
      return "hidden (its name starts with a dot)";
    }
    if (name.endsWith(".schema.json")) {
      return "the schema, not a lesson";
    }
    FileKind kind = FileKind.of(f);
    return kind == FileKind.REGULAR ? "its name does not end in .json" : "it is " + kind.words();
  }

  /** A JSON file that is not a draft ({@code _…}), hidden, or the schema. */
  private static boolean isLessonFile(String name) {
    return name.endsWith(".json") && !name.startsWith("_") && !name.startsWith(".") && !name.endsWith(".schema.json");
  }

  private static List<Path> jsonFiles(Path dir, List<Diagnostic> problems) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> all = s.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
      List<Path> named = new ArrayList<>();
      for (Path f : all) {
        if (isLessonFile(f.getFileName().toString())) {
          named.add(f);
        }
      }
      if (named.isEmpty()) {
        // Nothing here is a lesson file: say what each entry is, rather than find nothing in silence.
        for (Path f : all.subList(0, Math.min(all.size(), 20))) {
          problems.add(new Diagnostic(f.toString(), 1, 1, "not read: " + whyNot(f)));
        }
        return List.of();
      }
      List<Path> files = new ArrayList<>();
      for (Path f : named) {
        FileKind kind = FileKind.of(f);
        if (kind == FileKind.REGULAR) {
          files.add(f);
        } else {
          problems.add(new Diagnostic(f.toString(), 1, 1, "not read: it is " + kind.words() + ", not a lesson file"));
        }
        if (files.size() > MAX_FILES) {
          break;
        }
      }
      if (files.size() > MAX_FILES) {
        problems.add(new Diagnostic(dir.toString(), 1, 1, "the folder has more than " + MAX_FILES
            + " lesson files; only the first " + MAX_FILES + " by name are loaded"));
        return files.subList(0, MAX_FILES);
      }
      return files;
    } catch (IOException e) {
      problems.add(new Diagnostic(dir.toString(), 1, 1, "cannot list the folder: " + e.getMessage()));
      return List.of();
    }
  }
}
