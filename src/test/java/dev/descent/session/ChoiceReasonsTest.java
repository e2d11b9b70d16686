package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Feedback;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every option of a choice says why it is right or wrong: the reason of the option a learner picks comes
 * after the verdict, the worked solution lists them all, and a behaviour choice's right option gets the
 * engine's reason from the run (f = (w − 2)² from 0 at η = 0.9: the factor 1 − 2·0.9 = −0.8).
 */
class ChoiceReasonsTest {
  private static final String LESSON = """
      {"format": 1, "kind": "lesson", "id": "x", "title": "T", "pages": [
        {"type": "problem", "id": "p", "variables": {"eta": 0.9},
         "with": {"f": "(w-2)^2", "start": {"w": 0}, "eta": "eta", "steps": 20},
         "questions": [
          {"id": "guess", "kind": "choice", "prompt": "What does the run do?",
           "choices": [
             {"id": "converges", "text": "closes in from one side", "reason": "One side needs 0 < 1 − 2η < 1."},
             {"id": "oscillating", "text": "hops across and closes in", "reason": "Hops that shrink need −1 < 1 − 2η < 0."},
             {"id": "diverges", "text": "runs away", "reason": "Running away needs 1 − 2η below −1."}],
           "answer": {"compute": "behaviour", "minimum": {"w": 2}}},
          {"id": "sign", "kind": "choice", "prompt": "Which way does the first step go?",
           "choices": [
             {"id": "a", "text": "to smaller w", "reason": "The slope at 0 is −4, so −η times it is positive."},
             {"id": "b", "text": "to larger w", "reason": "It moves by {= 4*eta}, to the right."}],
           "answer": {"compute": "fixed", "correct": ["b"]}}]}]}
      """;

  private static LessonVariant variant() {
    return new LessonVariant(LessonLoader.parse(LESSON, "x.json").lesson().orElseThrow(), "ann");
  }

  private static LessonVariant.Located q(LessonVariant v, String key) {
    return v.question(key);
  }

  @Test
  void aWrongPickIsFollowedByItsOwnReason() {
    LessonVariant v = variant();
    Feedback f = v.check(q(v, "p.guess"), "a");
    assertThat(f.verdict()).isEqualTo(Feedback.Verdict.WRONG);
    assertThat(f.details()).containsExactly("a) One side needs 0 < 1 − 2η < 1.");
  }

  @Test
  void theRightBehaviourIsExplainedByTheEnginesFactorThenTheAuthors() {
    LessonVariant v = variant();
    Feedback f = v.check(q(v, "p.guess"), "b");
    assertThat(f.isRight()).isTrue();
    assertThat(f.details()).containsExactly("b) 1 − 2η = −0.8: negative and inside (−1, 1), so w hops across 2 and "
        + "closes in. Hops that shrink need −1 < 1 − 2η < 0.");
  }

  @Test
  void aReasonFillsInTheLearnersNumbers() {
    LessonVariant v = variant();
    assertThat(v.check(q(v, "p.sign"), "b").details()).containsExactly("b) It moves by 3.6, to the right.");
  }

  @Test
  void theSolutionListsEveryOptionWithItsReason() {
    LessonVariant v = variant();
    assertThat(v.solution(q(v, "p.sign"))).contains(
        "a) to smaller w (wrong): The slope at 0 is −4, so −η times it is positive.",
        "b) to larger w (right): It moves by 3.6, to the right.");
  }

  @Test
  void anUnreadableAnswerGetsNoReason() {
    LessonVariant v = variant();
    Feedback f = v.check(q(v, "p.guess"), "zebra");
    assertThat(f.counts()).isFalse();
    assertThat(f.details()).noneMatch(d -> d.contains("needs"));
  }

  @Test
  void aReasonThatIsNotTextIsRefusedWhereItStands() {
    List<Diagnostic> d = LessonLoader.parse(LESSON.replace("\"reason\": \"Running away needs 1 − 2η below −1.\"",
        "\"reason\": 3"), "x.json").diagnostics();
    assertThat(d).anySatisfy(x -> assertThat(x.toString()).contains("reason"));
  }

  @Test
  void aReasonWithAnUnknownNameIsRefused() {
    List<Diagnostic> d = LessonLoader.parse(LESSON.replace("{= 4*eta}", "{= 4*zeta}"), "x.json").diagnostics();
    assertThat(d).anySatisfy(x -> assertThat(x.toString()).contains("zeta"));
  }
}
