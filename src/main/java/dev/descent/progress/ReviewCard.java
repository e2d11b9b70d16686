package dev.descent.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A question that comes back for review, in a Leitner box: a question answered wrong goes into box 1
 * and comes back one day later; answered right when it comes back it moves to box 2 (three days) and box 3
 * (seven days), and right in box 3 it is retired; wrong in any box it goes back to box 1. Each time it
 * comes back with new numbers: the round says which, so that a review can be replayed and checked.
 */
public final class ReviewCard {
  /** The days until a question in box 1, 2 or 3 comes back. */
  static final int[] DAYS = {1, 3, 7};

  private int box;
  private Instant due;
  private int round;

  /** A card as read from a file, or new in box 1. */
  ReviewCard(int box, Instant due, int round) {
    if (box < 1 || box > DAYS.length || round < 0) {
      throw new IllegalArgumentException("box must be 1 to " + DAYS.length + " and round not negative");
    }
    this.box = box;
    this.due = Objects.requireNonNull(due, "due");
    this.round = round;
  }

  /** A new card in box 1, due one day after {@code now}. */
  static ReviewCard missed(Instant now) {
    return new ReviewCard(1, now.plus(Duration.ofDays(DAYS[0])), 0);
  }

  /** The Leitner box, 1 to 3. */
  public int box() {
    return box;
  }

  /** When the question is due again. */
  public Instant due() {
    return due;
  }

  /** How many times it has come back (each time with new numbers). */
  public int round() {
    return round;
  }

  /** True when it is due at {@code now}. */
  public boolean dueAt(Instant now) {
    return !due.isAfter(now);
  }

  /**
   * Records a review answered at {@code now}: right moves the card up a box (and returns true when it
   * leaves the last box, retired), wrong puts it back in box 1.
   */
  boolean reviewed(boolean right, Instant now) {
    round = round == Integer.MAX_VALUE ? round : round + 1;
    if (right && box == DAYS.length) {
      return true;
    }
    box = right ? box + 1 : 1;
    due = now.plus(Duration.ofDays(DAYS[box - 1]));
    return false;
  }

  /** A wrong answer again outside review: back to box 1, due a day after {@code now}. */
  void missedAgain(Instant now) {
    box = 1;
    due = now.plus(Duration.ofDays(DAYS[0]));
  }

  /** Takes in another session's card: the later round's box and date. */
  void absorb(ReviewCard other) {
    if (other.round > round || other.round == round && other.due.isAfter(due)) {
      box = other.box;
      due = other.due;
      round = other.round;
    }
  }
}
