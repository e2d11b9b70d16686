package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Numbers that make a calculation infinite: a draw whose calc is not finite is drawn again, as one that fails
 * a condition is, and the self-test says that an answer overflows instead of calling the checker wrong.
 * Hand-worked: b = 1/(a − 2) is infinite only at a = 2, so every learner gets a = 1 (b = −1) or a = 3 (b = 1).
 */
class UndefinedNumbersTest {
  private static LessonFile lesson(String calc, String expr) {
    return LessonLoader.parse("""
        {"format": 1, "kind": "lesson", "id": "x", "title": "T", "pages": [
          {"type": "problem", "id": "p", "variables": {"a": {"choose": [1, 2, 3]}, "b": {"calc": "%s"}},
           "questions": [{"id": "q", "kind": "number", "prompt": "?", "hints": ["h", "i"],
             "answer": {"compute": "formula", "expr": "%s"}}]}]}
        """.formatted(calc, expr), "x.json").lesson().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ann", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"})
  void aDrawThatMakesACalcInfiniteIsDrawnAgain(String learner) {
    LessonFile f = lesson("1/(a-2)", "b");
    LessonVariant v = new LessonVariant(f, learner);
    double a = v.bindings(f.problems().get(0)).values().get("a");
    double b = v.bindings(f.problems().get(0)).values().get("b");
    assertThat(a).isIn(1.0, 3.0);
    assertThat(b).isEqualTo(1 / (a - 2));
  }

  @Test
  void aCalcThatIsNeverFiniteIsReported() {
    List<Diagnostic> d = SelfTest.run(lesson("1/(a-a)", "b"));
    assertThat(d).anySatisfy(x -> assertThat(x.message()).contains("is not a finite number")
        .contains("in every one of 500 draws"));
  }

  @Test
  void anAnswerThatOverflowsIsSaidToOverflow() {
    List<Diagnostic> d = SelfTest.run(lesson("a", "1e200*1e200/1e300"));
    assertThat(d).anySatisfy(x -> assertThat(x.message()).contains("the answer is inf, not a finite number"));
    assertThat(d).noneSatisfy(x -> assertThat(x.message()).contains("is not accepted"));
  }
}
