package dev.descent.ui.tui;

import dev.descent.course.Feedback;
import dev.descent.course.LastAnswer;
import dev.descent.course.LessonSession;
import dev.descent.course.Question;
import dev.descent.course.QuestionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the screen shows of one question: the learner's typing (at first the last answer kept in progress),
 * the latest reply, the reply to the latest answer that counted, hints and the solution.
 */
final class QuestionState {
  final Question question;
  final AnswerField field;
  final TableGrid grid;
  final List<String> hints;
  /** The latest reply, also one that could not read the answer. */
  Feedback feedback;
  List<String> solution;
  /** The reply to the latest answer that counted: what is true of the question now. */
  private Feedback standing;
  /** Answered right at some time, as progress keeps it. */
  private boolean solved;
  /** The typing the latest counted reply judged, to tell typing that has not been checked. */
  private String checked;

  QuestionState(Question question, LessonSession session) {
    this.question = question;
    boolean table = question.kind() == QuestionKind.TABLE && question.table() != null
        && !question.table().steps().isEmpty() && !question.table().columns().isEmpty();
    this.field = table ? null : new AnswerField();
    this.grid = table ? new TableGrid(question.table().steps().size(), question.table().columns().size()) : null;
    Optional<LastAnswer> last = session.lastAnswer(question.id());
    if (last.isPresent()) {
      if (table) {
        grid.load(last.get().rows());
      } else {
        field.set(last.get().text());
      }
      this.feedback = last.get().reply();
      this.standing = feedback;
    }
    this.checked = typed();
    this.solved = session.solved(question.id());
    this.hints = new ArrayList<>(session.shownHints(question.id()));
  }

  boolean isTable() {
    return grid != null;
  }

  /** The field that has the cursor: the answer field, or the grid's current cell. */
  AnswerField editing() {
    return isTable() ? grid.current() : field;
  }

  boolean hasInput() {
    return isTable() ? !grid.isEmpty() : !field.text().isBlank();
  }

  /** True when something is typed that no reply has judged yet (and would be lost on quitting). */
  boolean unsent() {
    return hasInput() && !typed().equals(checked);
  }

  /** Takes in the reply to what is typed now. */
  void judged(Feedback f) {
    feedback = f;
    if (f.counts()) {
      standing = f;
      solved |= f.isRight();
      checked = typed();
    }
  }

  /** True when the latest answer that counted is right (or, when none is kept, when progress says it was). */
  boolean rightNow() {
    return standing == null ? solved : standing.isRight();
  }

  /** True when it was answered right once but the latest answer is not: the credit stays, the screen says both. */
  boolean rightBefore() {
    return solved && !rightNow();
  }

  /** The reply to the latest answer that counted, or null. */
  Feedback standing() {
    return standing;
  }

  /** Selects what the field holds, as when the learner arrives at it: typing then replaces it. */
  void arrive(boolean fromStart) {
    if (isTable()) {
      if (fromStart) {
        grid.first();
      } else {
        grid.last();
      }
    }
    editing().selectAll();
  }

  private String typed() {
    return isTable() ? grid.values().toString() : field.text().strip();
  }
}
