package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.homework.SetCatalog;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An instructor's own course: the folders that {@code DESCENT_COURSE} lists (separated by ':', as in
 * PATH), each with lessons/ and exercises/ or lesson files directly. Their lessons follow the built-in
 * course's in the lesson list, and their exercise sets are found by id as the built-in sets are. The
 * self-contained image's launcher adds the image's own course/ folder.
 */
final class CourseFolders {
  /** The variable that names the folders. */
  static final String VARIABLE = "DESCENT_COURSE";

  private CourseFolders() {}

  /**
   * The folders {@code env} names, in order; empty entries are passed over.
   *
   * @throws DescentException when an entry is not a folder, naming the variable and the entry
   */
  static List<Path> of(Map<String, String> env) {
    String value = env.get(VARIABLE);
    List<Path> folders = new ArrayList<>();
    if (value == null) {
      return folders;
    }
    for (String entry : value.split(":")) {
      if (entry.isBlank()) {
        continue;
      }
      Path folder;
      try {
        folder = Path.of(entry);
      } catch (InvalidPathException e) {
        throw new DescentException(VARIABLE + " holds an entry that is not a file name: " + e.getReason());
      }
      if (!Files.isDirectory(folder)) {
        throw new DescentException(VARIABLE + " names " + entry + ", which is not a folder; set it to the folders "
            + "of your own lessons, separated by ':'");
      }
      folders.add(folder);
    }
    return folders;
  }

  /** The folders of this process's environment. */
  static List<Path> ofEnvironment() {
    return of(System.getenv());
  }

  /** The sets of a command's --course paths (searched first), the built-in course and the environment's folders. */
  static SetCatalog sets(List<Path> given) {
    return SetCatalog.of(given, ofEnvironment());
  }
}
