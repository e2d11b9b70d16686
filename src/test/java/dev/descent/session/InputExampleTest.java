package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.lesson.LessonLoader;
import org.junit.jupiter.api.Test;

/**
 * The example under an input field is never the question's answer: dL/dw of w² − 4w + 5 is 2w − 4, the usual
 * example, so another is shown; a number question whose answer is 1/4 does not suggest 0.25.
 */
class InputExampleTest {
  private static final String LESSON = """
      {"format": 1, "kind": "lesson", "id": "x", "title": "T", "pages": [
        {"type": "problem", "id": "p", "questions": [
          {"id": "d", "kind": "expression", "prompt": "?",
           "answer": {"compute": "derivative", "f": "w^2 - 4w + 5", "wrt": "w"}},
          {"id": "dx", "kind": "expression", "prompt": "?",
           "answer": {"compute": "derivative", "f": "x^2 + x", "wrt": "x"}},
          {"id": "quarter", "kind": "number", "prompt": "?", "answer": {"compute": "formula", "expr": "1/4"}},
          {"id": "third", "kind": "number", "prompt": "?", "answer": {"compute": "formula", "expr": "1/3"}}]}]}
      """;

  private static String hint(String key) {
    LessonVariant v = new LessonVariant(LessonLoader.parse(LESSON, "x.json").lesson().orElseThrow(), "");
    return v.view(v.question(key)).inputHint();
  }

  @Test
  void aDerivativeWhoseAnswerIsTheUsualExampleGetsAnother() {
    assertThat(hint("p.d")).isEqualTo("an expression, such as 3w + 1");
  }

  @Test
  void anExpressionsExampleIsInTheQuestionsVariable() {
    assertThat(hint("p.dx")).isEqualTo("an expression, such as 2x - 4");
  }

  @Test
  void aNumberWhoseAnswerIsAQuarterIsNotShownAQuarter() {
    assertThat(hint("p.quarter")).isEqualTo("a number, such as 0.75, 3/4 or 7.5e-1");
    assertThat(hint("p.third")).isEqualTo("a number, such as 0.25, 1/4 or 2.5e-1");
  }
}
