package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.check.Mistake;
import dev.descent.check.UsualMistake;
import dev.descent.check.UsualMistakes;
import dev.descent.engine.DescentException;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import dev.descent.problem.Outcome;
import dev.descent.render.Visible;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine writes solutions and mistake messages in the course's notation (η, λmin, p̂, ←, −, ·), as the
 * lessons do, and a terminal without UTF-8 still gets an ASCII stand-in for every character of them.
 */
class EngineNotationTest {
  /** The program-text spellings the lessons never use. */
  private static final Pattern ASCII_NOTATION = Pattern.compile(
      "(?<![A-Za-z])(eta|eta0|lambda_min|lambda_max|p_hat|y_hat|v_hat|kappa|tau|sigma|theta|eps|sqrt)(?![A-Za-z])"
          + "|<-| - |\\|\\||(?<=[\\w)])\\*(?=[\\w(])|\\^2");
  /** The run's table, whose columns are named as a table question's columns are (m_hat, v_hat). */
  private static final Pattern TABLE = Pattern.compile("^(step  .*|[- ]+)$");

  static Stream<LessonFile> files() {
    return CourseLoader.load(List.of(Path.of("lessons"), Path.of("exercises"))).files().stream();
  }

  /** Every line the engine writes for one learner's variant of {@code f}: solutions and mistake messages. */
  private static List<String> engineText(LessonFile f) {
    LessonVariant v = new LessonVariant(f, "ann");
    List<String> out = new ArrayList<>();
    for (LessonVariant.Located l : v.questions().values()) {
      try {
        Outcome o = v.outcome(l);
        out.addAll(o.solution());
        for (Mistake m : o.mistakes()) {
          out.add(m.message());
        }
      } catch (DescentException e) {
        // a question that cannot be computed for these numbers has no solution to check
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void solutionsAndMistakesUseTheCoursesNotation(LessonFile f) {
    assertThat(engineText(f).stream().filter(line -> !TABLE.matcher(line).matches() && ASCII_NOTATION.matcher(line).find()).distinct()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyCharacterHasAnAsciiStandIn(LessonFile f) {
    for (String line : engineText(f)) {
      line.codePoints().forEach(cp -> assertThat(Visible.ascii(cp)).as("%s in %s", Character.toString(cp), line)
          .doesNotContain("?"));
    }
  }

  /**
   * The catalogue of usual mistakes, every entry and not only those the shipped files lead to: its sentences
   * (with their holes named, as an instructor's summary shows them) and short forms.
   */
  @Test
  void theCatalogueOfUsualMistakesUsesTheCoursesNotation() {
    List<String> text = new ArrayList<>();
    for (UsualMistake m : UsualMistakes.all()) {
      text.add(m.sentence());
      text.add(m.shortForm());
    }
    assertThat(text.stream().filter(line -> ASCII_NOTATION.matcher(line).find())).isEmpty();
    for (String line : text) {
      line.codePoints().forEach(cp -> assertThat(Visible.ascii(cp)).as("%s in %s", Character.toString(cp), line)
          .doesNotContain("?"));
    }
  }

  @Test
  void aStepIsWrittenAsTheLessonsWriteIt() {
    // L = (w − 3)² from 0 at η = 0.1: g₀ = −6, w₁ = 0 − 0.1·(−6) = 0.6.
    LessonFile f = LessonLoader.parse("""
        {"format": 1, "kind": "lesson", "id": "x", "title": "T", "pages": [
          {"type": "problem", "id": "p", "with": {"f": "(w-3)^2", "start": {"w": 0}, "eta": 0.1, "steps": 2},
           "questions": [{"id": "w1", "kind": "number", "prompt": "?",
             "answer": {"compute": "trajectory", "step": 1, "take": "w"}}]}]}
        """, "x.json").lesson().orElseThrow();
    LessonVariant v = new LessonVariant(f, "");
    assertThat(v.solution(v.question("p.w1"))).contains("f(w) = (w − 3)², start w = 0, η = 0.1",
        "w₁ = w₀ − η·g = 0 − 0.1·(−6) = 0.6");
  }
}
