package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descent.course.QuestionKind;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Item analysis of a class of five, every figure worked by hand below. Questions q1 (1 point), q2 (2), q3 (2)
 * and q4 (1); the students' points:
 *
 * <pre>
 *        q1  q2  q3  q4   total
 *   A     1   2   2   1     6
 *   B     1   1   0   1     3     q3 wrong: forgot-learning-rate
 *   C     0   2   1   1     4     q1 wrong: added-gradient
 *   D     1   0   -   1     2     q3 blank (missing), q2 wrong without a named mistake
 *   E     0   1   2   1     4     q1 wrong: added-gradient
 * </pre>
 *
 * Facility (mean ÷ max): q1 3/5 ÷ 1 = 0.6; q2 6/5 ÷ 2 = 0.6; q3 5/5 ÷ 2 = 0.5; q4 1.
 *
 * <p>Totals 6, 3, 4, 2, 4: mean 19/5 = 3.8; sorted 2, 3, 4, 4, 6, median 4; squared deviations 4.84, 0.64,
 * 0.04, 3.24, 0.04 sum to 8.8, sample variance 8.8/4 = 2.2, sd √2.2 = 1.4832397.
 *
 * <p>Sample variances of the questions: q1 (0.16·3 + 0.36·2)/4 = 0.3; q2 (0.64 + 0.04 + 0.64 + 1.44 + 0.04)/4
 * = 0.7; q3 (1 + 1 + 0 + 1 + 1)/4 = 1; q4 0; sum 2. Cronbach's α = 4/3 · (1 − 2/2.2) = 4/33 = 0.121212…
 *
 * <p>Discrimination, the correlation of a question with the rest (total minus the question):
 * q1 with rest 5, 2, 4, 1, 4 (mean 3.2): Σdx·dr = 0.4·1.8 + 0.4·(−1.2) + (−0.6)·0.8 + 0.4·(−2.2) + (−0.6)·0.8
 * = −1.6, Σdx² = 1.2, Σdr² = 10.8, r = −1.6/√12.96 = −1.6/3.6 = −0.444…;
 * q2 with rest 4, 2, 2, 2, 3 (mean 2.6): Σdx·dr = 1.12 + 0.12 − 0.48 + 0.72 − 0.08 = 1.4, Σdx² = 2.8,
 * Σdr² = 3.2, r = 1.4/√8.96 = 0.4677072;
 * q3 with rest 4, 3, 3, 2, 2 (mean 2.8): Σdx·dr = 1.2 − 0.2 + 0 + 0.8 − 0.8 = 1, Σdx² = 4, Σdr² = 2.8,
 * r = 1/√11.2 = 0.2988072; q4 does not vary, so its correlation is not defined (null).
 */
class ItemAnalysisTest {
  // the catalogue's sentences (check.UsualMistakes), which the analysis prints whatever a student was told
  private static final String ADDED =
      "It looks like you added the step instead of subtracting it: descent moves against the gradient.";
  private static final String FORGOT = "It looks like you forgot the learning rate: the step is scaled by eta.";

  private static QuestionResult q(String key, double points, double earned, QuestionResult.Status status,
      String mistake, String sentence) {
    return new QuestionResult(key, QuestionKind.NUMBER, points, status, earned, 0, "", sentence == null ? List.of()
        : List.of(sentence), mistake, List.of());
  }

  private static QuestionResult right(String key, double points) {
    return q(key, points, points, QuestionResult.Status.RIGHT, null, null);
  }

  private static Report report(String student, QuestionResult... questions) {
    return new Report(student + ".txt", "set", "Set", StudentId.of(student), "", List.of(questions), List.of());
  }

  private static List<Report> classOfFive() {
    QuestionResult.Status wrong = QuestionResult.Status.WRONG;
    List<Report> reports = new ArrayList<>();
    reports.add(report("a", right("q1", 1), right("q2", 2), right("q3", 2), right("q4", 1)));
    reports.add(report("b", right("q1", 1), q("q2", 2, 1, QuestionResult.Status.PARTLY, null, null),
        q("q3", 2, 0, wrong, "forgot-learning-rate", FORGOT), right("q4", 1)));
    reports.add(report("c", q("q1", 1, 0, wrong, "added-gradient", ADDED), right("q2", 2),
        q("q3", 2, 1, QuestionResult.Status.PARTLY, null, null), right("q4", 1)));
    reports.add(report("d", right("q1", 1), q("q2", 2, 0, wrong, null, null),
        QuestionResult.missing("q3", QuestionKind.NUMBER, 2, 0), right("q4", 1)));
    reports.add(report("e", q("q1", 1, 0, wrong, "added-gradient", ADDED),
        q("q2", 2, 1, QuestionResult.Status.PARTLY, null, null), right("q3", 2), right("q4", 1)));
    return reports;
  }

  @Test
  void theSetsFiguresAreTheHandWorkedOnes() {
    ItemAnalysis.SetFigures set = ItemAnalysis.of(classOfFive()).set();

    assertThat(set.students()).isEqualTo(5);
    assertThat(set.mean()).isCloseTo(3.8, within(1e-12));
    assertThat(set.median()).isCloseTo(4, within(1e-12));
    assertThat(set.sd()).isCloseTo(1.4832397, within(1e-7));
    assertThat(set.alpha()).isCloseTo(4.0 / 33, within(1e-12));
  }

  @Test
  void eachQuestionsFacilityDiscriminationAndBlanksAreTheHandWorkedOnes() {
    List<ItemAnalysis.Item> items = ItemAnalysis.of(classOfFive()).questions();

    assertThat(items).extracting(ItemAnalysis.Item::id).containsExactly("q1", "q2", "q3", "q4");
    assertThat(items).extracting(ItemAnalysis.Item::max).containsExactly(1.0, 2.0, 2.0, 1.0);
    assertThat(items.get(0).facility()).isCloseTo(0.6, within(1e-12));
    assertThat(items.get(1).facility()).isCloseTo(0.6, within(1e-12));
    assertThat(items.get(2).facility()).isCloseTo(0.5, within(1e-12));
    assertThat(items.get(3).facility()).isCloseTo(1, within(1e-12));
    assertThat(items.get(0).discrimination()).isCloseTo(-0.4444444, within(1e-7));
    assertThat(items.get(1).discrimination()).isCloseTo(0.4677072, within(1e-7));
    assertThat(items.get(2).discrimination()).isCloseTo(0.2988072, within(1e-7));
    assertThat(items.get(3).discrimination()).isNull();
    assertThat(items).extracting(ItemAnalysis.Item::blank).containsExactly(0, 0, 1, 0);
  }

  @Test
  void theMostFrequentNamedMistakesComeWithTheirCountAndSentence() {
    List<ItemAnalysis.Item> items = ItemAnalysis.of(classOfFive()).questions();

    assertThat(items.get(0).mistakes()).containsExactly(new ItemAnalysis.NamedMistake("added-gradient", 2, ADDED));
    assertThat(items.get(1).mistakes()).isEmpty();
    assertThat(items.get(2).mistakes()).containsExactly(
        new ItemAnalysis.NamedMistake("forgot-learning-rate", 1, FORGOT));
  }

  @Test
  void figuresThatAreNotDefinedForTheClassAreNull() {
    ItemAnalysis.Result one = ItemAnalysis.of(classOfFive().subList(0, 1));
    ItemAnalysis.Result none = ItemAnalysis.of(List.of());

    assertThat(one.set().sd()).isNull();
    assertThat(one.set().alpha()).isNull();
    assertThat(one.set().mean()).isEqualTo(6);
    assertThat(one.questions()).allSatisfy(q -> assertThat(q.discrimination()).isNull());
    assertThat(none.set().students()).isZero();
    assertThat(none.set().mean()).isNull();
    assertThat(none.questions()).isEmpty();
  }

  @Test
  void theJsonHasTheDocumentedShapeWithFiguresToFourDecimals() throws IOException {
    StringWriter w = new StringWriter();
    ItemAnalysisOutput.json(ItemAnalysis.of(classOfFive()), w);
    String json = w.toString().replaceAll("\\s+", "");

    assertThat(json).startsWith("{\"set\":{\"mean\":3.8,\"median\":4,\"sd\":1.4832,\"alpha\":0.1212,\"students\":5},"
        + "\"questions\":[{\"id\":\"q1\",\"max\":1,\"facility\":0.6,\"discrimination\":-0.4444,\"blank\":0,"
        + "\"mistakes\":[{\"id\":\"added-gradient\",\"count\":2,\"sentence\":\"Itlookslikeyouaddedthestep");
    assertThat(json).contains("{\"id\":\"q4\",\"max\":1,\"facility\":1,\"discrimination\":null,\"blank\":0,"
        + "\"mistakes\":[]}");
  }
}
