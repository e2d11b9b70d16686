package dev.descent.course;

/** What kind of answer a question expects. */
public enum QuestionKind {
  NUMBER, VECTOR, MATRIX, EXPRESSION, CHOICE, TABLE
}
