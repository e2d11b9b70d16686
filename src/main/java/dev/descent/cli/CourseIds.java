package dev.descent.cli;

import dev.descent.engine.optim.OptimizerForm;
import dev.descent.lesson.CourseFile;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonLoader;
import dev.descent.session.CourseLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Values that shell completion offers, read when {@code descent completion} writes its script (picocli
 * makes these objects with every command line, so nothing is read before they are iterated).
 */
final class CourseIds {
  private CourseIds() {}

  /** The ids of the lessons of the course (the built-in one and the instructor's folders), in course order. */
  static final class Lessons implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ids(false).iterator();
    }
  }

  /** The ids of the exercise sets of the course, in course order. */
  static final class Sets implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ids(true).iterator();
    }
  }

  /** The names {@code trace --optimizer} takes. */
  static final class OptimizerNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return OptimizerForm.ids().iterator();
    }
  }

  /**
   * The ids as the built-in course's index and a glance at each instructor's file give them, without
   * loading a lesson (a shell may run {@code descent completion} at every start). Only ids of the
   * lesson format's shape are kept, so nothing else reaches the script.
   */
  private static List<String> ids(boolean exercises) {
    List<Diagnostic> ignored = new ArrayList<>();
    List<CourseFile> files = new ArrayList<>(CourseLoader.builtInFiles(ignored));
    for (Path folder : CourseFolders.of(System.getenv())) {
      for (Path file : CourseLoader.files(folder, ignored)) {
        files.add(CourseFile.of(file));
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    for (CourseFile f : files) {
      CourseFile.Head head = f.head();
      if (head.exercises() == exercises && LessonLoader.validId(head.id())) {
        ids.add(head.id());
      }
    }
    return new ArrayList<>(ids);
  }
}
