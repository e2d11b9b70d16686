package dev.descent.ui;

import dev.descent.course.Course;
import dev.descent.course.Feedback;
import dev.descent.course.LastAnswer;
import dev.descent.course.LearnerReport;
import dev.descent.course.LessonInfo;
import dev.descent.course.LessonSession;
import dev.descent.course.LessonStatus;
import dev.descent.course.Page;
import dev.descent.course.PracticeRound;
import dev.descent.course.Step;
import dev.descent.progress.LearnerProgress;
import dev.descent.progress.ProgressStore;
import dev.descent.session.CourseLoader;
import dev.descent.session.FileCourse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The UI tests' course: the real lessons of {@code lessons/}, checked by the real engine and checker, with
 * the learner's progress kept in a folder of the test's own, as descent runs them. It counts saves, lets a
 * test add warnings (as a progress store does when it sets a file aside) and can make answering fail, as a
 * bug in the checker would.
 */
public final class LessonsCourse implements Course {
  static final CourseLoader.Loaded LESSONS = CourseLoader.load(List.of(Path.of("lessons")));

  private final FileCourse course;
  /** Where progress is kept. */
  public final Path dataDir;
  /** How many times any session saved. */
  public final AtomicInteger saves = new AtomicInteger();
  /** Warnings added by the test, after the course's own. */
  public final List<String> warnings = new CopyOnWriteArrayList<>();
  /** When set, every answer fails with this. */
  public volatile RuntimeException answerFails;

  /** The course with progress under {@code dataDir}: a second instance on the same folder is the next run. */
  public LessonsCourse(Path dataDir) {
    if (!LESSONS.problems().isEmpty()) {
      throw new IllegalStateException("the lessons do not load: " + LESSONS.problems());
    }
    this.dataDir = dataDir;
    this.course = new FileCourse(LESSONS, ProgressStore.open(dataDir));
  }

  /**
   * Sets {@code learner}'s page in {@code lesson} to {@code page} (counted from 1) in the progress under
   * {@code dataDir}, as an earlier run leaves it, so that the next run opens the lesson there.
   */
  public static void resumeAt(Path dataDir, String learner, String lesson, int page) {
    ProgressStore store = ProgressStore.open(dataDir);
    LearnerProgress p = store.load(learner).progress();
    p.lesson(lesson).visit(page - 1, Instant.now());
    store.save(p);
  }

  /**
   * Records in the progress under {@code dataDir} that {@code learner} answered every question of {@code lesson}
   * right and was last on its last page, as a run that finished the lesson leaves it.
   */
  public static void finished(Path dataDir, String learner, String lesson) {
    ProgressStore store = ProgressStore.open(dataDir);
    LearnerProgress p = store.load(learner).progress();
    LessonMap map = LessonMap.of(lesson);
    for (String key : map.keys()) {
      p.lesson(lesson).question(key).recordAttempt("(in a test)", true, null, Instant.now());
    }
    p.lesson(lesson).visit(map.pages() - 1, Instant.now());
    store.save(p);
  }

  @Override public List<LessonInfo> lessons() { return course.lessons(); }

  @Override
  public List<String> warnings() {
    List<String> all = new ArrayList<>(course.warnings());
    all.addAll(warnings);
    return all;
  }

  @Override public LessonStatus status(String lessonId, String learner) { return course.status(lessonId, learner); }

  @Override public boolean isNew(String learner) { return course.isNew(learner); }

  @Override public LearnerReport report(String learner) { return course.report(learner); }

  @Override public LessonSession review(String lesson, String learner) { return new Counting(course.review(lesson, learner)); }

  @Override public PracticeRound practice(String lesson, String problem, String learner) {
    return course.practice(lesson, problem, learner);
  }

  @Override public Optional<String> lastLesson(String learner) { return course.lastLesson(learner); }

  @Override public String progressLocation(String learner) { return course.progressLocation(learner); }

  @Override
  public LessonSession open(String lessonId, String learner) {
    return new Counting(course.open(lessonId, learner));
  }

  /** A session that counts saves and fails on demand. */
  private final class Counting implements LessonSession {
    private final LessonSession inner;

    Counting(LessonSession inner) {
      this.inner = inner;
    }

    @Override public String lessonId() { return inner.lessonId(); }

    @Override public String title() { return inner.title(); }

    @Override public List<Page> pages() { return inner.pages(); }

    @Override public int resumePage() { return inner.resumePage(); }

    @Override public void visit(int page) { inner.visit(page); }

    @Override
    public Feedback answer(String q, String typed) {
      if (answerFails != null) {
        throw answerFails;
      }
      return inner.answer(q, typed);
    }

    @Override public Feedback answerTable(String q, List<List<String>> cells) { return inner.answerTable(q, cells); }

    @Override public Optional<String> nextHint(String q) { return inner.nextHint(q); }

    @Override public List<String> shownHints(String q) { return inner.shownHints(q); }

    @Override public Optional<List<String>> solution(String q) { return inner.solution(q); }

    @Override public Optional<LastAnswer> lastAnswer(String q) { return inner.lastAnswer(q); }

    @Override public boolean solved(String q) { return inner.solved(q); }

    @Override public List<Step> steps(String q) { return inner.steps(q); }

    @Override public Feedback answerStep(String q, int index, String typed) { return inner.answerStep(q, index, typed); }

    @Override
    public void save() {
      saves.incrementAndGet();
      inner.save();
    }

    @Override public boolean saved() { return inner.saved(); }

    @Override public List<String> notices() { return inner.notices(); }
  }
}
