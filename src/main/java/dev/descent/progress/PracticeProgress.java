package dev.descent.progress;

/**
 * A learner's practice of one problem: which variant is being practised (the round, from 1; each round
 * draws fresh numbers from the learner, the problem and the round, so a round can be replayed and
 * checked), how many variants in a row were answered right without a hint or the solution, and whether
 * that streak once reached the lesson's mastery count.
 */
public final class PracticeProgress {
  private int round;
  private int streak;
  private boolean mastered;

  PracticeProgress() {}

  /** A record as read from a file; counts must not be negative. */
  PracticeProgress(int round, int streak, boolean mastered) {
    if (round < 0 || streak < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    this.round = round;
    this.streak = streak;
    this.mastered = mastered;
  }

  /** The variant being practised, from 1; 0 before the first. */
  public int round() {
    return round;
  }

  /** Variants answered right in a row, each without a hint or the solution. */
  public int streak() {
    return streak;
  }

  /** True once the streak reached the mastery count; kept when a later variant goes wrong. */
  public boolean mastered() {
    return mastered;
  }

  /** Starts the next variant and returns its round. */
  public int nextRound() {
    round = round == Integer.MAX_VALUE ? round : round + 1;
    return round;
  }

  /**
   * Records how the current variant went: right without help lengthens the streak (and masters the
   * problem when it reaches {@code masteryCount}); anything else (wrong, a hint, the solution) starts it
   * again at 0.
   */
  public void recordVariant(boolean rightWithoutHelp, int masteryCount) {
    streak = rightWithoutHelp ? (streak == Integer.MAX_VALUE ? streak : streak + 1) : 0;
    mastered |= streak >= masteryCount;
  }

  boolean untouched() {
    return round == 0 && streak == 0 && !mastered;
  }

  /** Takes in another session's record: the later round with its streak, mastered if either says so. */
  void absorb(PracticeProgress other) {
    if (other.round > round) {
      round = other.round;
      streak = other.streak;
    }
    mastered |= other.mastered;
  }
}
