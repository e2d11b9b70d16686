package dev.descent.problem;

import dev.descent.course.QuestionKind;

/** The shape of what a computation gives, matched against the kind of question that asks for it. */
public enum AnswerShape {
  SCALAR(QuestionKind.NUMBER),
  VECTOR(QuestionKind.VECTOR),
  MATRIX(QuestionKind.MATRIX),
  FUNCTION(QuestionKind.EXPRESSION),
  CHOICE(QuestionKind.CHOICE),
  TABLE(QuestionKind.TABLE);

  private final QuestionKind kind;

  AnswerShape(QuestionKind kind) {
    this.kind = kind;
  }

  /** The question kind that asks for this shape. */
  public QuestionKind kind() {
    return kind;
  }
}
