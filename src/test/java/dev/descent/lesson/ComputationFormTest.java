package dev.descent.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue of computations: each one declared once, with the parameters a lesson file may give it. */
class ComputationFormTest {

  private static List<Diagnostic> load(String answer) {
    String lesson = """
        {"format": 1, "kind": "lesson", "id": "x", "title": "T", "pages": [
          {"type": "problem", "id": "p", "questions": [
            {"id": "q", "kind": "number", "prompt": "?", "answer": %s}]}]}
        """.formatted(answer);
    return LessonLoader.parse(lesson, "x.json").diagnostics();
  }

  @ParameterizedTest
  @EnumSource(ComputationForm.class)
  void eachComputationIsFoundByItsName(ComputationForm form) {
    assertThat(ComputationForm.named(form.id())).isSameAs(form);
    assertThat(ComputationReader.names()).contains(form.id());
  }

  @ParameterizedTest
  @EnumSource(ComputationForm.class)
  void aParameterTheComputationDoesNotTakeIsRefusedByName(ComputationForm form) {
    List<Diagnostic> d = load("{\"compute\": \"" + form.id() + "\", \"zzzz\": 1}");
    assertThat(d).anySatisfy(x -> assertThat(x.message()).startsWith("unknown field \"zzzz\" in a \"" + form.id()
        + "\" answer"));
  }

  @ParameterizedTest
  @EnumSource(ComputationForm.class)
  void aProblemsWithMayHoldTheParametersOfEveryComputation(ComputationForm form) {
    assertThat(ComputationForm.ALL_PARAMS).containsAll(form.params());
    assertThat(form.params()).doesNotContain("compute");
  }

  @Test
  void theRunsParametersBelongToTheComputationsOfARun() {
    assertThat(ComputationForm.TRAJECTORY.params()).containsAll(ParamReader.RUN).contains("step", "take");
    assertThat(ComputationForm.FORMULA.params()).containsExactly("expr");
  }

  @Test
  void anUnknownComputationIsRefusedWithTheClosestName() {
    assertThat(load("{\"compute\": \"gradeint\"}")).anySatisfy(x -> assertThat(x.message())
        .isEqualTo("unknown computation \"gradeint\"; did you mean \"gradient\"?"));
  }
}
