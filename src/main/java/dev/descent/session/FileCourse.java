package dev.descent.session;

import dev.descent.course.Course;
import dev.descent.course.LearnerReport;
import dev.descent.course.PracticeRound;
import dev.descent.lesson.PageSpec;
import dev.descent.problem.VariableSpec;
import dev.descent.course.LessonInfo;
import dev.descent.course.LessonSession;
import dev.descent.course.LessonStatus;
import dev.descent.engine.DescentException;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.progress.LearnerProgress;
import dev.descent.progress.LessonProgress;
import dev.descent.progress.ProgressStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A course of lesson files, with each learner's progress kept in a store. The built-in course
 * ({@link #builtIn}) lists its lessons and each learner's standing from the build's index and loads
 * the lesson files only when one is opened (or {@link #prepare} is called), so that the lesson list
 * needs no lesson parsed.
 */
public final class FileCourse implements Course {
  private final Supplier<CourseLoader.Loaded> loader;
  /** The built-in course's listings as the build's index has them, read on a thread of their own; or null. */
  private final FutureTask<List<BuiltInCourse.Listing>> listings;
  private List<LessonFile> files;
  private final List<String> warnings = new ArrayList<>();
  private final ProgressStore store;
  private final Map<String, LearnerProgress> learners = new HashMap<>();
  private final Clock clock;

  public FileCourse(CourseLoader.Loaded loaded, ProgressStore store) {
    this(loaded, store, Clock.systemUTC());
  }

  /** A course whose times (time spent, review dates, the report's now) are read off {@code clock}. */
  public FileCourse(CourseLoader.Loaded loaded, ProgressStore store, Clock clock) {
    this(() -> loaded, null, store, clock);
    files();
  }

  private FileCourse(Supplier<CourseLoader.Loaded> loader, FutureTask<List<BuiltInCourse.Listing>> listings,
      ProgressStore store, Clock clock) {
    this.loader = loader;
    this.listings = listings;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Loads the built-in course's files; a class rather than a method reference, since the first
   * lambda a JVM links costs the lesson list's first frame several milliseconds.
   */
  private static final class BuiltIn implements Supplier<CourseLoader.Loaded> {
    @Override
    public CourseLoader.Loaded get() {
      return CourseLoader.builtIn();
    }
  }

  /** Reads the build's index; a class rather than a lambda, for the same reason as {@link BuiltIn}. */
  private static final class Index implements Callable<List<BuiltInCourse.Listing>> {
    @Override
    public List<BuiltInCourse.Listing> call() {
      return BuiltInCourse.listings();
    }
  }

  /**
   * The course built into descent: listed from the build's index, the lesson files loaded when first needed.
   * The index is read on a second thread, while the caller goes on to read the learner's progress: both come
   * before a returning learner's lesson list, and on two cores they take about half as long side by side.
   */
  public static FileCourse builtIn(ProgressStore store) {
    FutureTask<List<BuiltInCourse.Listing>> index = new FutureTask<>(new Index());
    Thread reader = new Thread(index, "descent: read the course index");
    reader.setDaemon(true);
    reader.start();
    return new FileCourse(new BuiltIn(), index, store, Clock.systemUTC());
  }

  /** The listings of the build's index, or null when the course is not the indexed built-in one (or has none). */
  private List<BuiltInCourse.Listing> listings() {
    if (listings == null) {
      return null;
    }
    try {
      return listings.get();
    } catch (ExecutionException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  @Override
  public synchronized List<LessonInfo> lessons() {
    List<LessonInfo> out = new ArrayList<>();
    List<BuiltInCourse.Listing> listings = listings();
    if (listings != null) {
      for (BuiltInCourse.Listing l : listings) {
        out.add(l.info());
      }
      return out;
    }
    for (LessonFile f : files()) {
      out.add(new LessonInfo(f.id(), f.title(), f.summary(), f.exercises(), f.pages().size(), f.questions().size()));
    }
    return out;
  }

  @Override
  public void prepare() {
    files();
  }

  @Override
  public synchronized List<String> warnings() {
    return List.copyOf(warnings);
  }

  @Override
  public synchronized LessonSession open(String lessonId, String learner) {
    return new FileLessonSession(new LessonVariant(file(lessonId), learner), progress(learner), store, clock);
  }

  @Override
  public synchronized PracticeRound practice(String lessonId, String problemId, String learner) {
    LessonFile f = file(lessonId);
    String id = problemId;
    if (id == null) {
      LessonProgress p = progress(learner).lesson(f.id());
      List<PageSpec.ProblemPage> open = new ArrayList<>();
      for (PageSpec.ProblemPage problem : f.problems()) {
        if (!problem.example() && problem.id() != null && !p.practice(problem.id()).mastered()) {
          open.add(problem);
        }
      }
      id = open.stream().filter(FileCourse::drawn).findFirst()
          .or(() -> open.stream().findFirst()).map(PageSpec.ProblemPage::id)
          .orElseThrow(() -> new DescentException("every problem of " + f.id() + " is mastered; name one to practise "
              + "it again, as in " + f.id() + "." + f.problems().get(0).id()));
    }
    return new PracticeSession(f, id, learner, progress(learner), store, clock);
  }

  /** True when some of a problem's numbers are drawn, so that each round of practice brings new ones. */
  static boolean drawn(PageSpec.ProblemPage p) {
    return p.variables().values().stream().anyMatch(v -> v instanceof VariableSpec.Choose || v instanceof VariableSpec.Range);
  }

  @Override
  public synchronized LessonSession review(String lessonId, String learner) {
    return new ReviewSession(file(lessonId), learner, progress(learner), store, clock);
  }

  @Override
  public synchronized LearnerReport report(String learner) {
    return Reports.of(learner, files(), progress(learner), clock.instant());
  }

  @Override
  public synchronized LessonStatus status(String lessonId, String learner) {
    List<BuiltInCourse.Listing> listings = listings();
    if (listings != null) {
      for (BuiltInCourse.Listing l : listings) {
        if (l.info().id().equals(lessonId)) {
          // a lesson the learner has no record of needs its keys neither split nor compared
          LessonProgress record = progress(learner).lessons().get(lessonId);
          return record == null ? new LessonStatus(0, 0, l.info().questions(), 0)
              : record.status(l.keys(), clock.instant());
        }
      }
    }
    LessonFile f = file(lessonId);
    List<String> keys = new ArrayList<>(new LessonVariant(f, learner).questions().keySet());
    return progress(learner).lesson(f.id()).status(keys, clock.instant());
  }

  @Override
  public synchronized Optional<String> lastLesson(String learner) {
    String last = null;
    Instant when = null;
    for (Map.Entry<String, LessonProgress> e : progress(learner).lessons().entrySet()) {
      Optional<Instant> visited = e.getValue().lastVisited();
      if (visited.isPresent() && (when == null || visited.get().isAfter(when))) {
        last = e.getKey();
        when = visited.get();
      }
    }
    return Optional.ofNullable(last);
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
  public synchronized LessonFile file(String lessonId) {
    List<LessonFile> files = files();
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

  /** The file of the lesson with id {@code lessonId}, or null when the course has none. */
  LessonFile fileOrNull(String lessonId) {
    for (LessonFile f : files()) {
      if (f.id().equals(lessonId)) {
        return f;
      }
    }
    return null;
  }

  /** The loaded files, in course order; the first call loads them, and their problems become warnings. */
  public synchronized List<LessonFile> files() {
    if (files == null) {
      CourseLoader.Loaded loaded = loader.get();
      files = List.copyOf(loaded.files());
      for (Diagnostic d : loaded.problems()) {
        warnings.add(d.toString());
      }
    }
    return files;
  }

  private LearnerProgress progress(String learner) {
    LearnerProgress progress = learners.get(learner);
    if (progress == null) {
      var loaded = store.load(learner);
      warnings.addAll(loaded.warnings());
      progress = loaded.progress();
      learners.put(learner, progress);
      if (!progress.lessons().isEmpty()) {
        MovedQuestions.carry(progress, learner, this);
      }
    }
    return progress;
  }
}
