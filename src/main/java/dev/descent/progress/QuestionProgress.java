package dev.descent.progress;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a learner did with one question: attempts, hints, the solution, named mistakes, the last answer.
 * A record stays within {@link ProgressLimits}: counts stop at the largest int instead of wrapping, at
 * most {@link ProgressLimits#MISTAKES} mistakes are counted, and a last answer longer than
 * {@link ProgressLimits#ANSWER_CHARS} is not kept.
 */
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
    // A loop, not a stream: a returning learner's progress is read on the way to the first frame.
    boolean negative = attempts < 0 || hintsUsed < 0;
    for (int n : mistakes.values()) {
      negative |= n < 0;
    }
    if (negative) {
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
    attempts = plusOne(attempts);
    solved |= right;
    if (mistake != null) {
      recordMistake(mistake);
    }
    lastAnswer = fits(answer) ? answer : null;
    if (firstAttempt == null) {
      firstAttempt = now;
    }
    lastAttempt = now;
  }

  /**
   * Records a named mistake made on the way to an answer (in a step of its break-down): counted with the
   * question's mistakes, though it is no attempt at the question.
   */
  public void recordMistake(String mistake) {
    if (mistakes.containsKey(mistake) || mistakes.size() < ProgressLimits.MISTAKES) {
      mistakes.merge(mistake, 1, (a, b) -> plusOne(a));
    }
  }

  /** Records that one more hint was shown. */
  public void recordHint() {
    hintsUsed = plusOne(hintsUsed);
  }

  /** {@code n + 1}, or {@code n} at the largest int, so that a count never wraps to a negative one. */
  private static int plusOne(int n) {
    return n == Integer.MAX_VALUE ? n : n + 1;
  }

  /** True when the answer is small enough to keep. */
  private static boolean fits(TypedAnswer answer) {
    if (answer instanceof TypedAnswer.Text t) {
      return t.text().length() <= ProgressLimits.ANSWER_CHARS;
    }
    List<List<String>> rows = ((TypedAnswer.Table) answer).rows();
    int chars = 0;
    for (List<String> row : rows) {
      for (String cell : row) {
        chars += cell.length();
      }
    }
    return rows.size() <= ProgressLimits.ANSWER_ROWS && chars <= ProgressLimits.ANSWER_CHARS;
  }

  /** Forgets the last answer, to keep the progress file within its size. */
  void forgetLastAnswer() {
    lastAnswer = null;
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
    other.mistakes.forEach((id, n) -> {
      if (mistakes.containsKey(id) || mistakes.size() < ProgressLimits.MISTAKES) {
        mistakes.merge(id, n, Math::max);
      }
    });
    if (other.lastAttempt != null && (lastAttempt == null || other.lastAttempt.isAfter(lastAttempt))) {
      lastAttempt = other.lastAttempt;
      lastAnswer = other.lastAnswer;
    }
    if (other.firstAttempt != null && (firstAttempt == null || other.firstAttempt.isBefore(firstAttempt))) {
      firstAttempt = other.firstAttempt;
    }
  }
}
