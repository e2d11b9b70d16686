package dev.descent.cli;

import dev.descent.course.Course;
import dev.descent.ui.demo.DemoCourse;
import java.nio.file.Path;

/**
 * Where the course commands get their course: the one place to change when the real lesson loader
 * lands (until then, the built-in two-lesson demo course, with its progress in the data directory).
 */
final class CourseSource {
  private CourseSource() {}

  /** The course, with progress kept in {@code dataDir}. */
  static Course open(Path dataDir) {
    return new DemoCourse(dataDir);
  }
}
