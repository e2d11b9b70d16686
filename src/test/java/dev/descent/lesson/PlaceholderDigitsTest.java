package dev.descent.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.problem.Bindings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Numbers in sentences: a computed placeholder has four significant digits unless the author asks for more. */
class PlaceholderDigitsTest {
  private static final Bindings ETA = new Bindings(Map.of("eta", 0.9, "k", 11.0));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "q = {= 1 - 2*eta}. | q = −0.8.",          // 1 − 1.8
      "{= 1/k} | 0.09091",                         // 1/11 = 0.090909…
      "{= 1/k : 6} | 0.0909091",
      "{= 2/3 : 2} | 0.67",
      "η = {eta} | η = 0.9"})
  void aComputedValueIsRoundedForASentence(String text, String shown) {
    assertThat(Placeholders.fill(text, ETA)).isEqualTo(shown);
  }

  @Test
  void digitsThatAreNotANumberAreRefusedWhereTheyStand() {
    String lesson = """
        {"format": 1, "kind": "lesson", "id": "x", "title": "T", "pages": [
          {"type": "problem", "id": "p", "variables": {"eta": 0.5}, "text": ["{= 1/eta : many}"], "questions": [
            {"id": "q", "kind": "number", "prompt": "?", "answer": {"compute": "formula", "expr": "1/3"}}]}]}
        """;
    List<Diagnostic> d = LessonLoader.parse(lesson, "x.json").diagnostics();
    assertThat(d).anySatisfy(x -> assertThat(x.message()).contains("significant digits"));
  }
}
