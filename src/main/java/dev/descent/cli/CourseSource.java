package dev.descent.cli;

import dev.descent.course.Course;
import dev.descent.progress.ProgressStore;
import dev.descent.session.CourseLoader;
import dev.descent.session.FileCourse;
import java.nio.file.Path;
import java.util.List;

/** Where the course commands get their course: the one place that chooses it. */
final class CourseSource {
  private CourseSource() {}

  /**
   * The course built into descent and the instructor's own files and folders ({@code course}, the
   * {@code --course} paths, then those of {@code DESCENT_COURSE}: see {@link CourseFolders}), with each
   * learner's progress kept under {@code dataDir}.
   */
  static Course open(Path dataDir, List<Path> course) {
    List<Path> folders = CourseFolders.with(course, System.getenv());
    ProgressStore store = ProgressStore.open(dataDir);
    // The build's index lists the built-in lessons without parsing one (the lesson list is the first frame);
    // an instructor's own files are read to be listed, so only folders that hold some take the longer way.
    if (CourseLoader.holdNothing(folders)) {
      return FileCourse.builtIn(store);
    }
    return new FileCourse(CourseLoader.builtInAnd(folders), store);
  }
}
