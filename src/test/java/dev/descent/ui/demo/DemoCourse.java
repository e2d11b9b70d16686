package dev.descent.ui.demo;

import dev.descent.course.Course;
import dev.descent.course.LessonInfo;
import dev.descent.course.LessonSession;
import dev.descent.course.LessonStatus;
import dev.descent.engine.DescentException;
import java.nio.file.Path;
import java.util.List;

/**
 * A two-lesson course built in code, the UI tests' fixture; its progress lives in memory, and in a
 * directory when one is given.
 */
public final class DemoCourse implements Course {
  private final List<DemoLesson> lessons = DemoLessons.all();
  private final DemoProgress progress;

  /** A demo course that keeps progress in {@code dataDir}, or only in memory when it is null. */
  public DemoCourse(Path dataDir) {
    this.progress = new DemoProgress(dataDir);
  }

  @Override
  public List<LessonInfo> lessons() {
    return lessons.stream().map(DemoLesson::info).toList();
  }

  @Override
  public List<String> warnings() {
    return List.of();
  }

  @Override
  public LessonSession open(String lessonId, String learner) {
    return new DemoSession(lesson(lessonId), progress, learner);
  }

  @Override
  public LessonStatus status(String lessonId, String learner) {
    DemoLesson l = lesson(lessonId);
    DemoSession s = new DemoSession(l, progress, learner);
    int solved = 0;
    int attempted = 0;
    for (String q : l.questions().keySet()) {
      solved += s.solved(q) ? 1 : 0;
      attempted += s.attempts(q) > 0 ? 1 : 0;
    }
    return new LessonStatus(solved, attempted, l.questions().size(), s.resumePage());
  }

  private DemoLesson lesson(String id) {
    return lessons.stream().filter(l -> l.info().id().equals(id)).findFirst()
        .orElseThrow(() -> new DescentException("there is no lesson '" + id + "'"));
  }
}
