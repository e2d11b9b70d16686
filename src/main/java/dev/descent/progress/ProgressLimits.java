package dev.descent.progress;

/**
 * How much a progress file may hold. Descent never keeps more than these in a record, and never writes
 * a file larger than {@link #FILE_BYTES}, so that every file it writes it reads back; a file beyond
 * them was not written by descent and is set aside. A whole course of 500 lessons fits many times over.
 */
final class ProgressLimits {
  /** The largest progress file read or written: 2 MiB (the whole built-in course fills about 30 KiB). */
  static final int FILE_BYTES = 2 << 20;
  /** Lesson records in one file (a course has at most 500 lesson files). */
  static final int LESSONS = 2_000;
  /** Question records in one file, over all lessons. */
  static final int QUESTIONS = 5_000;
  /** Named mistakes counted per question (the catalogue of usual mistakes has a few dozen). */
  static final int MISTAKES = 32;
  /** The longest id of a lesson, question or mistake, in characters (lesson files allow 64). */
  static final int ID_CHARS = 200;
  /** The longest learner id, in characters. */
  static final int LEARNER_CHARS = 4_096;
  /** The longest last answer kept, in characters (all cells of a table together). */
  static final int ANSWER_CHARS = 10_000;
  /** The most rows of a table answer kept. */
  static final int ANSWER_ROWS = 500;

  private ProgressLimits() {}
}
