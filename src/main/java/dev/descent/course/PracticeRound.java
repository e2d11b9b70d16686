package dev.descent.course;

/**
 * One round of practice of a problem: a lesson session of the problem alone with the round's fresh numbers,
 * which ends when every question is right and says how far the learner is from mastery.
 */
public interface PracticeRound extends LessonSession {

  /** The round, from 1: which variant of the problem this is. */
  int round();

  /** How many rounds in a row, each right without help, the lesson asks for mastery. */
  int mastery();

  /** True when every question of the problem has been answered right in this round. */
  boolean done();

  /** Ends a round that is done: counts it unless a wrong answer, a hint or the solution spoiled it, and draws the next. */
  Standing finish();

  /**
   * Where the learner stands after a round: whether it counted, the streak of rounds right without help, and
   * whether the problem is mastered.
   */
  record Standing(boolean counted, int streak, boolean mastered) {}
}
