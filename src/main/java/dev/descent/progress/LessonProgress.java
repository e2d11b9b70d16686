package dev.descent.progress;

import dev.descent.course.LessonStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** What a learner did in one lesson: the page to resume at, when it was last visited, and each question by id. */
public final class LessonProgress {
  private int page;
  private Instant lastVisited;
  private final Map<String, QuestionProgress> questions = new TreeMap<>();

  LessonProgress() {}

  /** A record as read from a file. */
  LessonProgress(int page, Instant lastVisited, Map<String, QuestionProgress> questions) {
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative");
    }
    this.page = page;
    this.lastVisited = lastVisited;
    this.questions.putAll(questions);
  }

  /** Remembers that the learner is on {@code page} (counted from 0) at {@code now}. */
  public void visit(int page, Instant now) {
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative: " + page);
    }
    this.page = page;
    this.lastVisited = Objects.requireNonNull(now, "now");
  }

  /** The page to resume at, counted from 0; the caller keeps it within the lesson's pages. */
  public int page() {
    return page;
  }

  /** When the learner was last on a page of this lesson. */
  public Optional<Instant> lastVisited() {
    return Optional.ofNullable(lastVisited);
  }

  /** The record of a question, empty if the learner has not touched it yet. */
  public QuestionProgress question(String questionId) {
    return questions.computeIfAbsent(Objects.requireNonNull(questionId, "questionId"), id -> new QuestionProgress());
  }

  /** Every question record by id, including questions the lesson no longer has. */
  public Map<String, QuestionProgress> questions() {
    return Collections.unmodifiableMap(questions);
  }

  /**
   * The learner's standing among the lesson's current questions; records of questions that are no longer
   * in the lesson are kept but not counted.
   */
  public LessonStatus status(Collection<String> questionIds) {
    Set<String> current = Set.copyOf(questionIds);
    int solved = 0;
    int attempted = 0;
    for (String id : current) {
      QuestionProgress q = questions.get(id);
      if (q != null && q.solved()) {
        solved++;
      }
      if (q != null && q.attempts() > 0) {
        attempted++;
      }
    }
    return new LessonStatus(solved, attempted, current.size(), page);
  }

  /** Forgets the last answer of every question, to keep the progress file within its size. */
  void forgetLastAnswers() {
    questions.values().forEach(QuestionProgress::forgetLastAnswer);
  }

  /** True when nothing was recorded, so the lesson need not be written. */
  boolean untouched() {
    if (page != 0 || lastVisited != null) {
      return false;
    }
    // a loop rather than a stream: a returning learner's lesson list asks this before its first frame,
    // where linking the first lambda costs several milliseconds
    for (QuestionProgress q : questions.values()) {
      if (!q.untouched()) {
        return false;
      }
    }
    return true;
  }

  /** Takes in another session's record: the page of whichever visited last, and every question merged. */
  void absorb(LessonProgress other) {
    if (other.lastVisited != null && (lastVisited == null || other.lastVisited.isAfter(lastVisited))) {
      lastVisited = other.lastVisited;
      page = other.page;
    }
    other.questions.forEach((id, q) -> question(id).absorb(q));
  }
}
