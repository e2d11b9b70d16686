package dev.descent.progress;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a learner did with one question: attempts, hints, the solution, named mistakes, the last answer. */
public final class QuestionProgress {
  private int attempts;
  private int hintsUsed;
  private boolean solutionShown;
  private boolean solved;
  private final Map<String, Integer> mistakes = new LinkedHashMap<>();
  private TypedAnswer lastAnswer;
  private Instant firstAttempt;
  private Instant lastAttempt;

  QuestionProgress() {}

  /** A record as read from a file; counts must not be negative. */
  QuestionProgress(int attempts, int hintsUsed, boolean solutionShown, boolean solved, Map<String, Integer> mistakes,
      TypedAnswer lastAnswer, Instant firstAttempt, Instant lastAttempt) {
    if (attempts < 0 || hintsUsed < 0 || mistakes.values().stream().anyMatch(n -> n < 0)) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    this.attempts = attempts;
    this.hintsUsed = hintsUsed;
    this.solutionShown = solutionShown;
    this.solved = solved;
    this.mistakes.putAll(mistakes);
    this.lastAnswer = lastAnswer;
    this.firstAttempt = firstAttempt;
    this.lastAttempt = lastAttempt;
  }

  /**
   * Records an answer typed on one line that counted (could be read), whether it was right, and the named
   * mistake it made or null.
   */
  public void recordAttempt(String typed, boolean right, String mistake, Instant now) {
    record(new TypedAnswer.Text(typed), right, mistake, now);
  }

  /** Records a table answer that counted, one list of cells per row, like {@link #recordAttempt}. */
  public void recordTableAttempt(List<List<String>> rows, boolean right, String mistake, Instant now) {
    record(new TypedAnswer.Table(rows), right, mistake, now);
  }

  private void record(TypedAnswer answer, boolean right, String mistake, Instant now) {
    Objects.requireNonNull(now, "now");
    attempts++;
    solved |= right;
    if (mistake != null) {
      mistakes.merge(mistake, 1, Integer::sum);
    }
    lastAnswer = answer;
    if (firstAttempt == null) {
      firstAttempt = now;
    }
    lastAttempt = now;
  }

  /** Records that one more hint was shown. */
  public void recordHint() {
    hintsUsed++;
  }

  /** Records that the worked solution was shown. */
  public void recordSolutionShown() {
    solutionShown = true;
  }

  /** How many answers counted. */
  public int attempts() {
    return attempts;
  }

  /** How many hints were shown. */
  public int hintsUsed() {
    return hintsUsed;
  }

  /** True once the worked solution was shown. */
  public boolean solutionShown() {
    return solutionShown;
  }

  /** True once an answer was right. */
  public boolean solved() {
    return solved;
  }

  /** How often each named mistake was made, in the order they were first made. */
  public Map<String, Integer> mistakes() {
    return Collections.unmodifiableMap(mistakes);
  }

  /** The last answer that counted, as typed. */
  public Optional<TypedAnswer> lastAnswer() {
    return Optional.ofNullable(lastAnswer);
  }

  /** When the first answer that counted was given. */
  public Optional<Instant> firstAttempt() {
    return Optional.ofNullable(firstAttempt);
  }

  /** When the last answer that counted was given. */
  public Optional<Instant> lastAttempt() {
    return Optional.ofNullable(lastAttempt);
  }

  /** True when nothing was recorded, so the record need not be written. */
  boolean untouched() {
    return attempts == 0 && hintsUsed == 0 && !solutionShown && !solved && mistakes.isEmpty() && lastAnswer == null;
  }

  /**
   * Takes in another session's record of this question: the larger of each count, solved or shown if
   * either says so, the earlier first attempt, and the last answer of whichever attempted last.
   */
  void absorb(QuestionProgress other) {
    attempts = Math.max(attempts, other.attempts);
    hintsUsed = Math.max(hintsUsed, other.hintsUsed);
    solutionShown |= other.solutionShown;
    solved |= other.solved;
    other.mistakes.forEach((id, n) -> mistakes.merge(id, n, Math::max));
    if (other.lastAttempt != null && (lastAttempt == null || other.lastAttempt.isAfter(lastAttempt))) {
      lastAttempt = other.lastAttempt;
      lastAnswer = other.lastAnswer;
    }
    if (other.firstAttempt != null && (firstAttempt == null || other.firstAttempt.isBefore(firstAttempt))) {
      firstAttempt = other.firstAttempt;
    }
  }
}
