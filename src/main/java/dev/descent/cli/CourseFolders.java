package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.files.FileKind;
import dev.descent.homework.SetCatalog;
import dev.descent.render.Visible;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An instructor's own course, named in one of two ways that mean the same: a command's {@code --course PATH}
 * options, and the {@code DESCENT_COURSE} variable (paths separated by ':', as in PATH). Each path is a lesson
 * or exercise file, or a folder with lessons/ and exercises/ or lesson files directly. Their lessons follow
 * the built-in course's in the lesson list, and their exercise sets are found by id as the built-in sets
 * are; the {@code --course} paths come before the variable's. The self-contained image's launcher adds the
 * image's own course/ folder to the variable.
 */
final class CourseFolders {
  /** The variable that names the paths. */
  static final String VARIABLE = "DESCENT_COURSE";

  private CourseFolders() {}

  /**
   * The paths {@code env} names, in order; empty entries are passed over.
   *
   * @throws DescentException when an entry is neither a file nor a folder, naming the variable and the entry
   */
  static List<Path> of(Map<String, String> env) {
    String value = env.get(VARIABLE);
    List<Path> paths = new ArrayList<>();
    if (value == null) {
      return paths;
    }
    for (String entry : value.split(":")) {
      if (entry.isBlank()) {
        continue;
      }
      Path path;
      try {
        path = Path.of(entry);
      } catch (InvalidPathException e) {
        throw new DescentException(VARIABLE + " holds an entry that is not a file name: " + e.getReason());
      }
      String why = unusable(path);
      if (why != null) {
        throw new DescentException(VARIABLE + " names " + Visible.inline(entry) + ", which " + why + "; set it to "
            + "the files or folders of your own lessons, separated by ':'");
      }
      paths.add(path);
    }
    return paths;
  }

  /**
   * The course paths of a command: its {@code --course} paths, then those of {@code env}'s variable.
   *
   * @throws DescentException when a path is neither a file nor a folder, naming the option or the variable
   */
  static List<Path> with(List<Path> given, Map<String, String> env) {
    List<Path> paths = new ArrayList<>();
    for (Path p : given) {
      String why = unusable(p);
      if (why != null) {
        throw new DescentException("--course " + Visible.inline(p.toString()) + ": it " + why
            + "; name a lesson or exercise file, or a folder of them");
      }
      paths.add(p);
    }
    paths.addAll(of(env));
    return paths;
  }

  /** Why {@code p} cannot be a course path, or null when it is a file or a folder. */
  private static String unusable(Path p) {
    FileKind kind = FileKind.of(p);
    if (kind == FileKind.REGULAR || kind == FileKind.FOLDER) {
      return null;
    }
    return kind == FileKind.MISSING ? "does not exist" : "is " + kind.words() + ", not a file or a folder";
  }

  /** The sets of the built-in course and of a command's --course paths and the environment's. */
  static SetCatalog sets(List<Path> given) {
    return SetCatalog.of(with(given, System.getenv()));
  }
}
