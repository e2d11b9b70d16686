package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the answer file's syntax: headers, comments, answers, the rows under a table, and lines that are none. */
class AnswerFileTest {

  private static AnswerFile parse(String... lines) {
    return AnswerFile.parse(new AnswerText.Lines(Arrays.asList(lines), List.of()));
  }

  @Test
  void headersNameTheSetStudentAndNameWithColonOrEquals() {
    AnswerFile f = parse("set: sgd-homework", "Student = Alice", "name: Alice Liddell  # optional");

    assertThat(f.set()).isEqualTo(new AnswerFile.Field(1, "sgd-homework"));
    assertThat(f.student()).isEqualTo(new AnswerFile.Field(2, "Alice"));
    assertThat(f.name().value()).isEqualTo("Alice Liddell");
    assertThat(f.notes()).isEmpty();
  }

  @Test
  void answersAreKeyedByQuestionIdAfterEqualsOrColon() {
    AnswerFile f = parse("p1.grad = 12", "p1.neww: -0.2", "  p3.grads = (0.5, -6, -8)", "p1.err =");

    assertThat(f.entries()).extracting(AnswerFile.Entry::key, AnswerFile.Entry::line, AnswerFile.Entry::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("p1.grad", 1, "12"),
            org.assertj.core.groups.Tuple.tuple("p1.neww", 2, "-0.2"),
            org.assertj.core.groups.Tuple.tuple("p3.grads", 3, "(0.5, -6, -8)"),
            org.assertj.core.groups.Tuple.tuple("p1.err", 4, ""));
  }

  @Test
  void commentsAndBlankLinesAreIgnoredAndAHashEndsAnAnswer() {
    AnswerFile f = parse("# my homework", "", "p1.grad = 12   # I think", "   ");

    assertThat(f.entries()).singleElement().extracting(AnswerFile.Entry::value).isEqualTo("12");
    assertThat(f.notes()).isEmpty();
  }

  @Test
  void linesUnderAnAnswerBelongToIt() {
    AnswerFile f = parse("p2.table =", "  1: 0.2, 2.62", "", "  # step 2 next", "  2: 0.92, 1.5832", "p3.x = 1");

    assertThat(f.entries().get(0).below()).extracting(AnswerFile.Line::line, AnswerFile.Line::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "  1: 0.2, 2.62"),
            org.assertj.core.groups.Tuple.tuple(5, "  2: 0.92, 1.5832"));
    assertThat(f.entries().get(1).below()).isEmpty();
  }

  @Test
  void anIdWithoutEqualsIsReportedAndEndsTheTableAbove() {
    AnswerFile f = parse("p2.table =", "  1: 0.2, 2.62", "p3.factor -4");

    assertThat(f.entries().get(0).below()).hasSize(1);
    assertThat(f.notes()).singleElement().satisfies(n -> {
      assertThat(n.line()).isEqualTo(3);
      assertThat(n.message()).contains("put '=' between the question id and the answer: p3.factor = -4");
    });
  }

  @Test
  void aLineBeforeAnyAnswerIsReportedWithItsNumber() {
    AnswerFile f = parse("set: s", "hello there");

    assertThat(f.notes()).singleElement().satisfies(n -> {
      assertThat(n.line()).isEqualTo(2);
      assertThat(n.message()).contains("'hello there' is not an answer");
    });
  }

  @Test
  void aMisspeltHeaderIsNamed() {
    AnswerFile f = parse("studnet: alice");

    assertThat(f.notes()).singleElement().extracting(Note::message).asString().contains("did you mean 'student:'?");
    assertThat(f.student().present()).isFalse();
  }

  @Test
  void aSecondDifferentHeaderIsReportedAndTheFirstCounts() {
    AnswerFile f = parse("student: alice", "student: bob", "student: alice");

    assertThat(f.student().value()).isEqualTo("alice");
    assertThat(f.notes()).singleElement().satisfies(n -> {
      assertThat(n.line()).isEqualTo(2);
      assertThat(n.message()).contains("the first, on line 1 (alice), counts");
    });
  }

  @Test
  void tooLongLinesThatWereLeftOutAreSkipped() {
    AnswerFile f = parse("p1.a = 1", null, "p1.b = 2");

    assertThat(f.entries()).extracting(AnswerFile.Entry::key).containsExactly("p1.a", "p1.b");
  }
}
