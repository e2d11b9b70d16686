package dev.descent.ui;

import dev.descent.course.Course;
import dev.descent.course.Feedback;
import dev.descent.course.LessonInfo;
import dev.descent.course.LessonSession;
import dev.descent.course.LessonStatus;
import dev.descent.course.Page;
import dev.descent.ui.demo.DemoCourse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The UI tests' course: the demo course in memory (lesson 1 "update-rule": a text page, a display,
 * a page with a number question w1 = 0.2 whose "added the gradient" mistake is -0.2 and a choice
 * question, right answer a, and a page with a three-row table; lesson 2 "two-variables"), counting
 * saves and recording page visits.
 */
public final class FakeCourse implements Course {
  private final DemoCourse course = new DemoCourse(null);
  /** How many times any session saved. */
  public final AtomicInteger saves = new AtomicInteger();
  /** The course's warnings; tests add to them, as a progress store does when it sets a file aside. */
  public final List<String> warnings = new CopyOnWriteArrayList<>();
  /** When set, every answer fails with this, as a bug in the checker would. */
  public volatile RuntimeException answerFails;
  /** Every page visited, in order. */
  public final List<Integer> visits = new CopyOnWriteArrayList<>();

  @Override public List<LessonInfo> lessons() { return course.lessons(); }

  @Override public List<String> warnings() { return List.copyOf(warnings); }

  @Override public LessonStatus status(String lessonId, String learner) { return course.status(lessonId, learner); }

  @Override
  public LessonSession open(String lessonId, String learner) {
    return new Recording(course.open(lessonId, learner));
  }

  /** A session that tells the course about saves and visits. */
  private final class Recording implements LessonSession {
    private final LessonSession inner;

    Recording(LessonSession inner) {
      this.inner = inner;
    }

    @Override public String lessonId() { return inner.lessonId(); }

    @Override public String title() { return inner.title(); }

    @Override public List<Page> pages() { return inner.pages(); }

    @Override public int resumePage() { return inner.resumePage(); }

    @Override
    public void visit(int page) {
      visits.add(page);
      inner.visit(page);
    }

    @Override
    public Feedback answer(String q, String typed) {
      if (answerFails != null) {
        throw answerFails;
      }
      return inner.answer(q, typed);
    }

    @Override public Feedback answerTable(String q, List<List<String>> cells) { return inner.answerTable(q, cells); }

    @Override public Optional<String> nextHint(String q) { return inner.nextHint(q); }

    @Override public int hintsShown(String q) { return inner.hintsShown(q); }

    @Override public Optional<List<String>> solution(String q) { return inner.solution(q); }

    @Override public Optional<Feedback> lastFeedback(String q) { return inner.lastFeedback(q); }

    @Override public boolean solved(String q) { return inner.solved(q); }

    @Override
    public void save() {
      saves.incrementAndGet();
      inner.save();
    }
  }
}
