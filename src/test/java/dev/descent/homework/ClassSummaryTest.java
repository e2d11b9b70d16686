package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.QuestionKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class summary names each frequent mistake with the catalogue's sentence, the same for the whole
 * class, never the words one student's numbers gave; rarer mistakes are listed by their short forms.
 */
class ClassSummaryTest {

  private static QuestionResult wrong(String key, String mistake, String toldTheStudent) {
    return new QuestionResult(key, QuestionKind.NUMBER, 1, QuestionResult.Status.WRONG, 0, 3, "Not right.",
        List.of(toldTheStudent), mistake, List.of());
  }

  private static Report report(String student, QuestionResult... questions) {
    return new Report(student + ".txt", "set", "A set", StudentId.of(student), "", List.of(questions), List.of());
  }

  @Test
  void aMistakeIsSaidInTheCataloguesWordsNotInTheFirstStudentsNumbers() {
    List<Report> reports = List.of(
        report("ann", wrong("p1.rate", "schedule-k-minus-1", "That is the rate of step 3: the schedule counts the "
            + "first update as k = 1.")),
        report("bob", wrong("p1.rate", "schedule-k-minus-1", "That is the rate of step 5: the schedule counts the "
            + "first update as k = 1.")));

    List<String> lines = ClassSummary.lines(reports);

    assertThat(lines).containsExactly("  p1.rate  2 wrong",
        "              2  schedule-k-minus-1: That is the rate of step k - 1: the schedule counts the first update "
            + "as k = 1.");
  }

  @Test
  void mistakesBeyondTheTopThreeAreListedByTheirShortForms() {
    String[] ids = {"forgot-learning-rate", "added-gradient", "summed-batch", "forgot-sigmoid", "used-p-hat"};
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      for (int copies = ids.length - i; copies > 0; copies--) {
        reports.add(report("s" + i + "-" + copies, wrong("p1", ids[i], "what the checker said")));
      }
    }

    List<String> lines = ClassSummary.lines(reports);

    // 5 + 4 + 3 students made the three most frequent; 2 + 1 made the other two.
    assertThat(lines).hasSize(5);
    assertThat(lines.get(1)).endsWith("5  forgot-learning-rate: It looks like you forgot the learning rate: the step "
        + "is scaled by eta.");
    assertThat(lines.get(4)).endsWith("3  other named mistakes: left out the sigmoid; used p_hat for p_hat - y");
  }

  @Test
  void anIdThisDescentDoesNotKnowIsShownAsItIs() {
    List<String> lines = ClassSummary.lines(List.of(report("ann", wrong("p1", "a-mistake-of-the-future", "x"))));

    assertThat(lines.get(1)).endsWith("1  a-mistake-of-the-future");
  }
}
