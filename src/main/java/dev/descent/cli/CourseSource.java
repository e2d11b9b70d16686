package dev.descent.cli;

import dev.descent.course.Course;
import dev.descent.progress.ProgressStore;
import dev.descent.session.CourseLoader;
import dev.descent.session.FileCourse;
import java.nio.file.Path;

/** Where the course commands get their course: the one place that chooses it. */
final class CourseSource {
  private CourseSource() {}

  /**
   * The course built into descent and the instructor's folders of {@link CourseFolders}, with each
   * learner's progress kept under {@code dataDir}.
   */
  static Course open(Path dataDir) {
    return new FileCourse(CourseLoader.builtInAnd(CourseFolders.ofEnvironment()), ProgressStore.open(dataDir));
  }
}
