package dev.descent.session;

import dev.descent.check.Tolerance;
import dev.descent.course.QuestionKind;

/** A short note under an input field on how to type an answer of each kind, and how precisely. */
final class InputHints {
  private InputHints() {}

  static String of(QuestionKind kind, boolean multiple) {
    return switch (kind) {
      case NUMBER -> "a number, such as 0.25, 1/4 or 2.5e-1";
      case VECTOR -> "numbers in order, such as (1.2, -0.4)";
      case MATRIX -> "rows separated by ';', such as 10 0; 0 26";
      case EXPRESSION -> "an expression, such as 2w - 4";
      case CHOICE -> multiple ? "the letters of every right option, such as a, c" : "the letter of one option, such as b";
      case TABLE -> "one row per step, numbers in the column order";
    };
  }

  /**
   * What the question says about precision: the tolerance's own sentence when the lesson declares one for
   * a question whose answer is typed as numbers, else nothing (the usual tolerance goes without saying).
   */
  static String precision(QuestionKind kind, Tolerance tolerance) {
    boolean numbers = kind == QuestionKind.NUMBER || kind == QuestionKind.VECTOR || kind == QuestionKind.MATRIX
        || kind == QuestionKind.TABLE;
    return numbers && !tolerance.equals(Tolerance.DEFAULT) ? tolerance.request() : "";
  }
}
