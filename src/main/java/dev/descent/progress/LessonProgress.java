package dev.descent.progress;

import dev.descent.course.LessonStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a learner did in one lesson: the page to resume at, when it was last visited, the time spent in it,
 * each question by id, the practice of each problem by id and the questions that come back for review.
 */
public final class LessonProgress {
  private int page;
  private Instant lastVisited;
  private final Map<String, QuestionProgress> questions = new TreeMap<>();
  private int seconds;
  private final Map<String, PracticeProgress> practice = new TreeMap<>();
  private final Map<String, ReviewCard> review = new TreeMap<>();

  LessonProgress() {}

  /** A record as read from a file, before practice, review and time were kept. */
  LessonProgress(int page, Instant lastVisited, Map<String, QuestionProgress> questions) {
    this(page, lastVisited, questions, 0, Map.of(), Map.of());
  }

  /** A record as read from a file. */
  LessonProgress(int page, Instant lastVisited, Map<String, QuestionProgress> questions, int seconds,
      Map<String, PracticeProgress> practice, Map<String, ReviewCard> review) {
    if (page < 0 || seconds < 0) {
      throw new IllegalArgumentException("page and seconds must not be negative");
    }
    this.page = page;
    this.lastVisited = lastVisited;
    this.questions.putAll(questions);
    this.seconds = seconds;
    this.practice.putAll(practice);
    this.review.putAll(review);
  }

  /** The time spent in the lesson, in whole seconds. */
  public int seconds() {
    return seconds;
  }

  /** Adds time spent in the lesson; a negative or absurd span (a clock set back) adds nothing. */
  public void addTime(java.time.Duration spent) {
    if (!spent.isNegative()) {
      seconds = (int) Math.min(Integer.MAX_VALUE, seconds + Math.min(spent.getSeconds(), Integer.MAX_VALUE));
    }
  }

  /** The practice of problem {@code problemId}, new if the learner has not practised it yet. */
  public PracticeProgress practice(String problemId) {
    return practice.computeIfAbsent(Objects.requireNonNull(problemId, "problemId"), id -> new PracticeProgress());
  }

  /** Every problem's practice by problem id. */
  public Map<String, PracticeProgress> practices() {
    return Collections.unmodifiableMap(practice);
  }

  /** The questions that come back for review, by question id. */
  public Map<String, ReviewCard> review() {
    return Collections.unmodifiableMap(review);
  }

  /** Puts a question answered wrong (or whose mistake was made again) in box 1, due a day after {@code now}. */
  public void missed(String questionId, Instant now) {
    ReviewCard card = review.get(questionId);
    if (card == null) {
      review.put(Objects.requireNonNull(questionId, "questionId"), ReviewCard.missed(now));
    } else {
      card.missedAgain(now);
    }
  }

  /** Records a review of a question: right moves it up a box (and retires it from the last), wrong back to box 1. */
  public void reviewed(String questionId, boolean right, Instant now) {
    ReviewCard card = review.get(questionId);
    if (card != null && card.reviewed(right, now)) {
      review.remove(questionId);
    }
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

  /** The learner's standing among the lesson's current questions, with no question counted as due for review. */
  public LessonStatus status(Collection<String> questionIds) {
    return status(questionIds, Instant.MIN);
  }

  /**
   * The learner's standing among the lesson's current questions; records of questions that are no longer
   * in the lesson are kept but not counted.
   */
  public LessonStatus status(Collection<String> questionIds, Instant now) {
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
    List<String> mastered = new ArrayList<>();
    // loops, not lambdas: a returning learner's lesson list asks this before its first frame
    for (Map.Entry<String, PracticeProgress> e : practice.entrySet()) {
      if (e.getValue().mastered()) {
        mastered.add(e.getKey());
      }
    }
    int due = 0;
    for (ReviewCard c : review.values()) {
      due += c.dueAt(now) ? 1 : 0;
    }
    return new LessonStatus(solved, attempted, current.size(), page, mastered, due);
  }

  /** Forgets the last answer of every question, to keep the progress file within its size. */
  void forgetLastAnswers() {
    questions.values().forEach(QuestionProgress::forgetLastAnswer);
  }

  /** True when nothing was recorded, so the lesson need not be written. */
  boolean untouched() {
    if (page != 0 || lastVisited != null || seconds != 0 || !review.isEmpty()) {
      return false;
    }
    // loops rather than streams: a returning learner's lesson list asks this before its first frame,
    // where linking the first lambda costs several milliseconds
    for (QuestionProgress q : questions.values()) {
      if (!q.untouched()) {
        return false;
      }
    }
    for (PracticeProgress p : practice.values()) {
      if (!p.untouched()) {
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
    seconds = Math.max(seconds, other.seconds);
    other.practice.forEach((id, r) -> practice(id).absorb(r));
    other.review.forEach((id, c) -> {
      ReviewCard mine = review.get(id);
      if (mine == null) {
        review.put(id, c);
      } else {
        mine.absorb(c);
      }
    });
  }
}
