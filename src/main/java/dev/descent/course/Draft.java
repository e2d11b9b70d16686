package dev.descent.course;

import java.util.List;

/**
 * A lesson or exercise file an instructor is writing, as {@code descent preview} shows it to them: read again
 * whenever it changes, as a learner's session when it loads, or as the problems that keep it from loading
 * (each {@code file:line:column: message}). Nothing of a preview is saved where a learner's progress is.
 */
public interface Draft {

  /** The file as messages name it. */
  String shown();

  /** Whose numbers the preview shows. */
  String learner();

  /**
   * Reads the file now. Never throws: whatever is wrong with the file is among the reading's problems.
   */
  Reading read();

  /** True when the file looks changed since the last {@link #read}: its time, size or identity differ. */
  boolean changed();

  /**
   * The answer key of these questions of the last reading that loaded, one line each ({@code p1.w1 = 0.6}, a
   * table's rows under its line); a question that cannot be computed says why.
   */
  List<String> key(List<String> questionIds);

  /**
   * One reading of the file: a session in the lesson (null when the file does not load), and the problems
   * {@code descent validate} finds in it, located.
   */
  record Reading(LessonSession session, List<String> problems) {
    public Reading {
      problems = List.copyOf(problems);
    }

    /** True when the file loaded, whatever its problems. */
    public boolean loaded() {
      return session != null;
    }
  }

  /**
   * The page of {@code after} that is page {@code index} of {@code before}: the page with the same problem (its
   * questions' problem id), else the same title, else the same number (the last page when there are fewer).
   */
  static int samePage(List<Page> before, int index, List<Page> after) {
    if (after.isEmpty()) {
      return 0;
    }
    if (index >= 0 && index < before.size()) {
      Page was = before.get(index);
      String problem = problem(was);
      if (problem != null) {
        for (int i = 0; i < after.size(); i++) {
          if (problem.equals(problem(after.get(i)))) {
            return i;
          }
        }
      }
      if (was.title() != null && !was.title().isBlank()) {
        for (int i = 0; i < after.size(); i++) {
          if (was.title().equals(after.get(i).title())) {
            return i;
          }
        }
      }
    }
    return Math.max(0, Math.min(index, after.size() - 1));
  }

  /** The problem id of a page with questions (the part of a question's id before its last dot), or null. */
  private static String problem(Page page) {
    for (Block b : page.blocks()) {
      if (b instanceof Block.Ask a) {
        String id = a.question().id();
        return id.lastIndexOf('.') > 0 ? id.substring(0, id.lastIndexOf('.')) : id;
      }
    }
    return null;
  }
}
