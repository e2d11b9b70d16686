package dev.descent.cli;

import dev.descent.course.Course;
import dev.descent.progress.ProgressStore;
import dev.descent.session.FileCourse;
import java.nio.file.Path;

/** Where the course commands get their course: the one place that chooses it. */
final class CourseSource {
  private CourseSource() {}

  /** The course built into descent, with each learner's progress kept under {@code dataDir}. */
  static Course open(Path dataDir) {
    return FileCourse.builtIn(ProgressStore.open(dataDir));
  }
}
