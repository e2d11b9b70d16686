package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.lesson.LessonLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A worked solution answers its own question only. Hand-worked numbers: L = (w − 3)² from w = 0 at η = 0.1
 * has g₀ = −6, w₁ = 0.6, g₁ = 2(0.6 − 3) = −4.8, w₂ = 1.08; L = (w − 2)² + 1 from 0 at η = 0.05 has the
 * factor 1 − 2·0.05 = 0.9, so |w_k − 2| = 2·0.9^k < 0.01 needs 0.9^k < 0.005, k > ln 0.005/ln 0.9 = 50.29.
 */
class SolutionScopeTest {
  private static final String LESSON = """
      {"format": 1, "kind": "lesson", "id": "x", "title": "T", "pages": [
        {"type": "problem", "id": "p", "with": {"f": "(w-3)^2", "start": {"w": 0}, "eta": 0.1, "steps": 1000},
         "questions": [
          {"id": "dldw", "kind": "expression", "prompt": "dL/dw?", "answer": {"compute": "derivative", "wrt": "w"}},
          {"id": "guess", "kind": "choice", "prompt": "What does the run do?",
           "choices": [{"id": "converges", "text": "one side"}, {"id": "oscillating", "text": "hops"},
             {"id": "diverges", "text": "away"}],
           "answer": {"compute": "behaviour", "minimum": {"w": 3}}},
          {"id": "w1", "kind": "number", "prompt": "w1?", "answer": {"compute": "trajectory", "step": 1, "take": "w"}},
          {"id": "g1", "kind": "number", "prompt": "g1?", "answer": {"compute": "trajectory", "step": 1, "take": "grad"}},
          {"id": "w1000", "kind": "number", "prompt": "w1000?",
           "answer": {"compute": "trajectory", "step": 1000, "take": "w"}}]},
        {"type": "problem", "id": "c", "with": {"f": "(w-2)^2 + 1", "start": {"w": 0}, "eta": 0.05, "steps": 1000},
         "questions": [
          {"id": "steps", "kind": "number", "prompt": "k?",
           "answer": {"compute": "steps_until", "until": {"distance_below": 0.01, "to": {"w": 2}}}}]}]}
      """;

  private static List<String> solution(String key) {
    LessonVariant v = new LessonVariant(LessonLoader.parse(LESSON, "x.json").lesson().orElseThrow(), "");
    return v.solution(v.question(key));
  }

  private static String text(String key) {
    return String.join("\n", solution(key));
  }

  @Test
  void theFirstStepsSolutionDoesNotGiveTheNextGradient() {
    assertThat(text("p.w1")).contains("0.6").doesNotContain("4.8");
  }

  @Test
  void theGradientsSolutionShowsItsOwnRow() {
    assertThat(text("p.g1")).contains("4.8").doesNotContain("1.08");
  }

  @Test
  void aPredictionsSolutionDoesNotPrintTheRunsTable() {
    assertThat(text("p.guess")).doesNotContain("0.6", "1.08", "step  ");
  }

  @Test
  void aThousandStepSolutionShowsTheEndsOfItsTable() {
    List<String> lines = solution("p.w1000");
    assertThat(lines).hasSizeLessThan(25);
    assertThat(String.join("\n", lines)).contains("(steps 3 to 996 are left out)").containsPattern("\\n +999 ");
  }

  @Test
  void aDerivativesSolutionShowsTheDerivativeSimplified() {
    assertThat(solution("p.dldw")).contains("f(w) = (w − 3)²", "df/dw = 2(w − 3)");
  }

  @Test
  void aStepCountsSolutionShowsTheLogarithmsArgument() {
    assertThat(text("c.steps")).contains("0.9^k < 0.01/2 = 0.005", "k > ln(0.005)/ln(0.9) = 50.29",
        "the first whole step is k = 51");
  }
}
