package dev.descent.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Feedback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every question kind, answered in the forms a learner types. */
class QuestionKindsTest {

  private static final String CHOICES = "\"choices\": [{\"id\": \"converges\", \"text\": \"converges\"}, "
      + "{\"id\": \"oscillates\", \"text\": \"bounces forever\"}, {\"id\": \"diverges\", \"text\": \"runs away\"}]";

  @ParameterizedTest
  @ValueSource(strings = {"0.2", " 0.2 ", "1/5", "2e-1", "0,2", "0.5*0.4", "2/(1+9)", "sqrt(0.04)"})
  void numbersInManyForms(String typed) {
    // One linear SGD step of the notes: w = 0, x = 2, y = 1, eta = 0.1 gives new w = 0.2.
    Drill d = Drill.of("number", "{\"compute\": \"sgd\", \"model\": \"linear\", \"w\": 0, \"x\": 2, \"y\": 1, "
        + "\"eta\": 0.1, \"take\": \"new_w\"}");
    assertThat(d.right(typed)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"(10, 26)", "[10, 26]", "10 26", "10, 26"})
  void vectorsInManyForms(String typed) {
    Drill d = Drill.of("vector", "{\"compute\": \"hessian\", \"f\": \"5x^2 + 13y^2\", \"at\": {\"x\": 0, \"y\": 0}, "
        + "\"take\": \"eigenvalues\"}");
    assertThat(d.right(typed)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[[10,0],[0,26]]", "10 0; 0 26", "[10 0; 0 26]"})
  void matricesInManyForms(String typed) {
    Drill d = Drill.of("matrix", "{\"compute\": \"hessian\", \"f\": \"5x^2 + 13y^2\", \"at\": {\"x\": 0, \"y\": 0}, "
        + "\"take\": \"matrix\"}");
    assertThat(d.right(typed)).isTrue();
  }

  @Test
  void choiceDecidedByTheEngine() {
    // L = w^2 - 4w + 5: each step multiplies w - 2 by 1 - 2 eta; at eta = 1.5 that is -2, so it diverges.
    Drill d = Drill.of("choice", "{\"compute\": \"behaviour\", \"f\": \"w^2 - 4w + 5\", \"start\": {\"w\": 0}, "
        + "\"eta\": 1.5, \"steps\": 20}", CHOICES);
    assertThat(d.right("diverges")).isTrue();
    assertThat(d.right("c")).isTrue();
    assertThat(d.right("3")).isTrue();
    assertThat(d.type("a").verdict()).isEqualTo(Feedback.Verdict.WRONG);
    assertThat(d.type("z").verdict()).isEqualTo(Feedback.Verdict.UNREADABLE);
  }

  @Test
  void oscillationWithFactorMinusOne() {
    // (w - 3)^2 at eta = 1: the factor 1 - 2 eta is -1, so w jumps 0, 6, 0, 6, ...
    Drill d = Drill.of("choice", "{\"compute\": \"behaviour\", \"f\": \"(w-3)^2\", \"start\": {\"w\": 0}, "
        + "\"eta\": 1, \"steps\": 20}", CHOICES);
    assertThat(d.right("oscillates")).isTrue();
  }

  @Test
  void severalRightChoices() {
    Drill d = Drill.of("choice", "{\"compute\": \"fixed\", \"correct\": [\"a\", \"c\"]}",
        "\"multiple\": true, \"choices\": [{\"id\": \"a\", \"text\": \"one\"}, {\"id\": \"b\", \"text\": \"two\"}, "
            + "{\"id\": \"c\", \"text\": \"three\"}]");
    assertThat(d.right("a, c")).isTrue();
    assertThat(d.right("c a")).isTrue();
    assertThat(String.join(" ", d.type("a").details())).contains("more");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "abc", "1e999", "((", "0/0", "\u0000", "∞"})
  void nonsenseGetsAClearReplyNotAnException(String typed) {
    Drill d = Drill.of("number", "{\"compute\": \"formula\", \"expr\": \"2/3\"}");
    Feedback f = d.type(typed);
    assertThat(f.verdict()).isEqualTo(Feedback.Verdict.UNREADABLE);
    assertThat(f.details()).isNotEmpty();
    assertThat(f.details().get(0)).isNotBlank();
  }

  @Test
  void aVeryLongAnswerIsRefusedWithTheLimit() {
    Feedback f = Drill.of("number", "{\"compute\": \"formula\", \"expr\": \"2/3\"}").type("1".repeat(10_000));
    assertThat(f.verdict()).isEqualTo(Feedback.Verdict.UNREADABLE);
    assertThat(f.details().get(0)).contains("long");
  }
}
