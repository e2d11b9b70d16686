package dev.descent.session;

import dev.descent.course.Course;
import dev.descent.course.LessonInfo;
import dev.descent.course.LessonSession;
import dev.descent.course.LessonStatus;
import dev.descent.engine.DescentException;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.progress.LearnerProgress;
import dev.descent.progress.ProgressStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A course of loaded lesson files, with each learner's progress kept in a store. */
public final class FileCourse implements Course {
  private final List<LessonFile> files;
  private final List<String> warnings = new ArrayList<>();
  private final ProgressStore store;
  private final Map<String, LearnerProgress> learners = new HashMap<>();

  public FileCourse(CourseLoader.Loaded loaded, ProgressStore store) {
    this.files = List.copyOf(loaded.files());
    this.store = store;
    for (Diagnostic d : loaded.problems()) {
      warnings.add(d.toString());
    }
  }

  @Override
  public List<LessonInfo> lessons() {
    List<LessonInfo> out = new ArrayList<>();
    for (LessonFile f : files) {
      out.add(new LessonInfo(f.id(), f.title(), f.summary(), f.exercises(), f.pages().size(), f.questions().size()));
    }
    return out;
  }

  @Override
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  @Override
  public LessonSession open(String lessonId, String learner) {
    return new FileLessonSession(new LessonVariant(file(lessonId), learner), progress(learner), store);
  }

  @Override
  public LessonStatus status(String lessonId, String learner) {
    LessonFile f = file(lessonId);
    List<String> keys = new ArrayList<>(new LessonVariant(f, learner).questions().keySet());
    return progress(learner).lesson(f.id()).status(keys);
  }

  @Override
  public boolean isNew(String learner) {
    return progress(learner).isNew();
  }

  @Override
  public String progressLocation(String learner) {
    return store.fileOf(learner).toString();
  }

  /** The file of a lesson, by id or by its 1-based number in the course. */
  public LessonFile file(String lessonId) {
    for (LessonFile f : files) {
      if (f.id().equals(lessonId)) {
        return f;
      }
    }
    if (lessonId.matches("\\d{1,4}")) {
      int n = Integer.parseInt(lessonId);
      if (n >= 1 && n <= files.size()) {
        return files.get(n - 1);
      }
    }
    throw new DescentException("no lesson \"" + lessonId + "\"; 'descent list' shows the lessons");
  }

  /** The loaded files, in course order. */
  public List<LessonFile> files() {
    return files;
  }

  private LearnerProgress progress(String learner) {
    return learners.computeIfAbsent(learner, id -> {
      var loaded = store.load(id);
      warnings.addAll(loaded.warnings());
      return loaded.progress();
    });
  }
}
