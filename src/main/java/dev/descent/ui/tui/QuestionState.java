package dev.descent.ui.tui;

import dev.descent.course.Feedback;
import dev.descent.course.LessonSession;
import dev.descent.course.Question;
import dev.descent.course.QuestionKind;
import java.util.ArrayList;
import java.util.List;

/** What the screen shows of one question: the learner's typing, the latest reply, hints and the solution. */
final class QuestionState {
  final Question question;
  final AnswerField field;
  final TableGrid grid;
  final List<String> hints = new ArrayList<>();
  final int earlierHints;
  Feedback feedback;
  List<String> solution;
  boolean solved;

  QuestionState(Question question, LessonSession session) {
    this.question = question;
    boolean table = question.kind() == QuestionKind.TABLE && question.table() != null
        && !question.table().steps().isEmpty() && !question.table().columns().isEmpty();
    this.field = table ? null : new AnswerField();
    this.grid = table ? new TableGrid(question.table().steps().size(), question.table().columns().size()) : null;
    this.feedback = session.lastFeedback(question.id()).orElse(null);
    this.solved = session.solved(question.id());
    this.earlierHints = session.hintsShown(question.id());
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
}
