package dev.descent.course;

import java.util.List;
import java.util.Optional;

/**
 * One learner in one lesson: the pages with the learner's numbers, and the checker behind the
 * questions. Implementations record every attempt, hint and solution in the learner's progress.
 */
public interface LessonSession {

  /** The lesson's id. */
  String lessonId();

  /** The lesson's title. */
  String title();

  /** The pages, in order. */
  List<Page> pages();

  /** The page the learner was last on (0 for a new learner), to resume there. */
  int resumePage();

  /** Remembers the page the learner is on. */
  void visit(int page);

  /** Judges a typed answer to a question that is not a table; never throws for any text. */
  Feedback answer(String questionId, String typed);

  /**
   * Judges a table: one list of cells per row to fill, in the order of the layout's steps. A table with
   * nothing typed in it is not an attempt: the reply says so, and nothing is recorded. Until the learner
   * has opened the worked solution, no row's mark says what its cells should hold.
   */
  Feedback answerTable(String questionId, List<List<String>> cells);

  /** The next hint, or empty when all were shown. */
  Optional<String> nextHint(String questionId);

  /** The hints of this question the learner has seen (also in earlier runs), in order. */
  List<String> shownHints(String questionId);

  /**
   * The worked solution, computed by the engine; empty until the learner has made one attempt
   * that counted.
   */
  Optional<List<String>> solution(String questionId);

  /**
   * The learner's latest answer to this question that counted (also in earlier runs), with its reply as
   * {@link #answer} or {@link #answerTable} would give it now.
   */
  Optional<LastAnswer> lastAnswer(String questionId);

  /**
   * The quantities worked out on the way to this question's answer, one question each in the order they
   * are worked out, the answer's own last; empty when the answer is one step. For a table, those of the
   * first row the learner's last answer got wrong (the first row of steps when there is none).
   */
  List<Step> steps(String questionId);

  /**
   * Judges a typed answer to the step {@code index} of {@link #steps}; any text gets a reply. A step is
   * practice on the way back to the question: it is not an attempt at the question, and a named mistake
   * is counted toward the learner's mistakes.
   */
  Feedback answerStep(String questionId, int index, String typed);

  /** True when the question has been answered right. */
  boolean solved(String questionId);

  /**
   * Saves progress now (also done after every answer and page). Never throws: when saving fails (a
   * read-only or full disk), the lesson goes on, {@link #notices} says so once, and each later save
   * tries again.
   */
  void save();

  /** True unless the last save failed. */
  default boolean saved() {
    return true;
  }

  /**
   * What the learner should read now and has not yet seen, such as progress that cannot be saved or
   * can be again; each is given once.
   */
  default List<String> notices() {
    return List.of();
  }
}
