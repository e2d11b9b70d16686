package dev.descent.cli;

import dev.descent.engine.optim.Optimizers;
import dev.descent.lesson.CourseFile;
import dev.descent.session.CourseLoader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Values that shell completion offers, read when {@code descent completion} writes its script (picocli
 * makes these objects with every command line, so nothing is read before they are iterated).
 */
final class CourseIds {
  private CourseIds() {}

  /** The ids of the lessons of the built-in course, in course order, as its index lists them. */
  static final class Lessons implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ids(false).iterator();
    }
  }

  /** The ids of the exercise sets of the built-in course, in course order. */
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
      return Optimizers.NAMES.iterator();
    }
  }

  private static List<String> ids(boolean exercises) {
    List<String> ids = new ArrayList<>();
    for (CourseFile f : CourseLoader.builtInFiles(new ArrayList<>())) {
      if (f.head().exercises() == exercises) {
        ids.add(f.head().id());
      }
    }
    return ids;
  }
}
