package dev.descent.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.engine.expr.Expression;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 14 item 8: each variable is drawn from its own name, so editing one declaration moves no other draw. */
class VariantsStayPutTest {
  static IntStream learners() {
    return IntStream.range(0, 40);
  }

  private static Map<String, VariableSpec> of(Object... nameAndSpec) {
    Map<String, VariableSpec> m = new LinkedHashMap<>();
    for (int i = 0; i < nameAndSpec.length; i += 2) {
      m.put((String) nameAndSpec[i], (VariableSpec) nameAndSpec[i + 1]);
    }
    return m;
  }

  private static final VariableSpec A = new VariableSpec.Choose(List.of(0.5, 1.0, 2.0));
  private static final VariableSpec B = new VariableSpec.Range(-5, 5, 1);
  private static final VariableSpec ETA = new VariableSpec.Choose(List.of(0.05, 0.1, 0.2, 0.4));

  private static Bindings draw(Map<String, VariableSpec> vars, int learner) {
    return Variants.draw(vars, List.of(), Variants.seed("student-" + learner, "set", "p1"));
  }

  @ParameterizedTest
  @MethodSource("learners")
  void addingAVariableAboveOthersMovesNone(int learner) {
    Bindings before = draw(of("a", A, "b", B, "eta", ETA), learner);
    Bindings after = draw(of("z", new VariableSpec.Range(0, 100, 1), "a", A, "b", B, "eta", ETA), learner);
    assertThat(after.get("a")).isEqualTo(before.get("a"));
    assertThat(after.get("b")).isEqualTo(before.get("b"));
    assertThat(after.get("eta")).isEqualTo(before.get("eta"));
  }

  @ParameterizedTest
  @MethodSource("learners")
  void reorderingDeclarationsMovesNone(int learner) {
    Bindings before = draw(of("a", A, "b", B, "eta", ETA), learner);
    Bindings after = draw(of("eta", ETA, "b", B, "a", A), learner);
    assertThat(after.values()).isEqualTo(before.values());
  }

  @ParameterizedTest
  @MethodSource("learners")
  void aLongerChooseListMovesOnlyItsOwnVariable(int learner) {
    Bindings before = draw(of("a", A, "b", B, "eta", ETA), learner);
    Bindings after = draw(of("a", new VariableSpec.Choose(List.of(0.5, 1.0, 2.0, 4.0)), "b", B, "eta", ETA), learner);
    assertThat(after.get("b")).isEqualTo(before.get("b"));
    assertThat(after.get("eta")).isEqualTo(before.get("eta"));
  }

  @ParameterizedTest
  @MethodSource("learners")
  void aComputedVariableFollowsTheVariablesItUses(int learner) {
    Bindings b = draw(of("a", A, "r", new VariableSpec.Calc(Expression.parse("1/(2*a)"))), learner);
    assertThat(b.get("r")).isEqualTo(1 / (2 * b.get("a")));
  }

  @Test
  void variablesOfOneProblemAreNotAllTheSameDraw() {
    // Two variables with the same declaration are drawn from different names, so over 40 learners they differ
    // at least once (the chance that 40 pairs of 11 values all agree is 11^-40).
    assertThat(IntStream.range(0, 40).mapToObj(i -> draw(of("p", B, "q", B), i))
        .anyMatch(x -> x.get("p") != x.get("q"))).isTrue();
  }
}
