package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Block;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table display with {@code every} shows every n-th step and the last, as lessons/README.md says. Hand-worked:
 * (w − 3)² from 0 at η = 0.1 has w_k = 3 − 3·0.8^k, so w₃ = 1.464, w₆ = 2.213568, w₇ = 2.3708544.
 */
class TableEveryTest {
  private static String lesson(String every) {
    return """
        {"format": 1, "kind": "lesson", "id": "x", "title": "T", "pages": [
          {"type": "problem", "id": "p", "show": [
            {"table": {"f": "(w-3)^2", "start": {"w": 0}, "eta": 0.1, "steps": 7, "columns": ["w"], "every": %s}}],
           "questions": [{"id": "q", "kind": "number", "prompt": "?", "answer": {"compute": "formula", "expr": "1"}}]}]}
        """.formatted(every);
  }

  @Test
  void everyThirdStepAndTheLastAreShown() {
    LessonVariant v = new LessonVariant(LessonLoader.parse(lesson("3"), "x.json").lesson().orElseThrow(), "");
    Block.Display table = (Block.Display) v.pages().get(0).blocks().stream()
        .filter(b -> b instanceof Block.Display).findFirst().orElseThrow();
    String shown = String.join("\n", table.render().apply(80));
    assertThat(shown).contains("1.464", "2.213568", "2.3708544").doesNotContain("0.6", "1.08", "1.864");
  }

  @Test
  void everyMustBeAWholeNumberOfSteps() {
    List<Diagnostic> d = LessonLoader.parse(lesson("0.5"), "x.json").diagnostics();
    assertThat(d).anySatisfy(x -> assertThat(x.message()).contains("\"every\" is a whole number of steps"));
  }
}
