package dev.descent.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Feedback;
import dev.descent.course.Feedback.RowVerdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eight-row table of L = w^2 - 4w + 5 from w = 0 at eta = 0.3 (notes 004), graded row by row.
 * Right rows follow w_k = 2 - 2(0.4)^k and L = (w - 2)^2 + 1.
 */
class ErrorCarriedForwardTest {
  private static final Drill TABLE = Drill.of("table", "{\"compute\": \"table\", \"f\": \"w^2 - 4w + 5\", "
      + "\"start\": {\"w\": 0}, \"eta\": 0.3}", "\"columns\": [\"w\", \"loss\"], \"rows\": [1, 8]");

  private static List<String> row(double w) {
    return List.of(Double.toString(w), Double.toString((w - 2) * (w - 2) + 1));
  }

  private static List<List<String>> rightRows() {
    List<List<String>> rows = new ArrayList<>();
    for (int k = 1; k <= 8; k++) {
      rows.add(row(2 - 2 * Math.pow(0.4, k)));
    }
    return rows;
  }

  @Test
  void theRightTableIsRight() {
    Feedback f = TABLE.table(rightRows());
    assertThat(f.isRight()).isTrue();
    assertThat(f.rows()).extracting(Feedback.RowMark::verdict).containsOnly(RowVerdict.RIGHT);
  }

  @Test
  void aSlipInRowThreeIsCarriedForward() {
    // Row 3 typed as 1.5 instead of 1.872; from 1.5 the rule gives w4 = 1.5 - 0.3(2*1.5 - 4) = 1.8, then
    // 1.92, ... each gap to 2 times 0.4, so every later row stays more than 0.1 % from the true one.
    List<List<String>> rows = rightRows();
    double w = 1.5;
    rows.set(2, row(w));
    for (int k = 4; k <= 8; k++) {
      w = 2 - (2 - w) * 0.4;
      rows.set(k - 1, row(w));
    }
    Feedback f = TABLE.table(rows);
    assertThat(f.verdict()).isEqualTo(Feedback.Verdict.PARTLY);
    assertThat(f.rows()).extracting(Feedback.RowMark::verdict).containsExactly(RowVerdict.RIGHT, RowVerdict.RIGHT,
        RowVerdict.WRONG, RowVerdict.CARRIED, RowVerdict.CARRIED, RowVerdict.CARRIED, RowVerdict.CARRIED, RowVerdict.CARRIED);
    assertThat(f.rows().get(2).note()).isEqualTo("w does not follow from your row above.");
    assertThat(f.rows().get(2).values()).isEqualTo("w should be 1.872 from your row above, not 1.5.");
    assertThat(f.rows().get(3).note()).contains("right given your row above");
    assertThat(f.details()).noneMatch(d -> d.contains("Step"));
    assertThat(f.credit()).isEqualTo(7.0 / 8);
  }

  @Test
  void aWrongFirstRowEarnsNoCarriedCredit() {
    // A chain that follows the rule from a wrong first row, w1 = 10: 10, 5.2, 3.28, ... stays more than
    // 0.1 % from the true rows, and earns nothing, because the chain does not start right.
    List<List<String>> rows = new ArrayList<>();
    double w = 10;
    for (int k = 1; k <= 8; k++) {
      rows.add(row(w));
      w = 2 - (2 - w) * 0.4;
    }
    Feedback f = TABLE.table(rows);
    assertThat(f.verdict()).isEqualTo(Feedback.Verdict.WRONG);
    assertThat(f.rows()).extracting(Feedback.RowMark::verdict).doesNotContain(RowVerdict.CARRIED);
    assertThat(String.join(" ", f.details())).contains("first row");
  }

  @Test
  void aTableOfTwosEarnsNoMethodCredit() {
    // w = 2 is the minimum, so 2 -> 2 follows the rule, but the chain does not start at the true row 1.
    // Only row 8 counts, because 2 is within 0.1 % of the true w8 = 1.99868928 (and L = 1 of 1.0000017).
    List<List<String>> rows = new ArrayList<>();
    for (int k = 1; k <= 8; k++) {
      rows.add(List.of("2", "1"));
    }
    Feedback f = TABLE.table(rows);
    assertThat(f.rows()).extracting(Feedback.RowMark::verdict).doesNotContain(RowVerdict.CARRIED);
    assertThat(f.credit()).isEqualTo(1.0 / 8);
  }

  @Test
  void theFirstWrongRowNamesTheMistake() {
    // Row 1 with the gradient added: 0 + 0.3*(-4) = -1.2, L(-1.2) = 11.24.
    List<List<String>> rows = rightRows();
    rows.set(0, List.of("-1.2", "11.24"));
    Feedback f = TABLE.table(rows);
    assertThat(f.mistake()).isEqualTo("added-gradient");
    assertThat(f.rows().get(0).verdict()).isEqualTo(RowVerdict.WRONG);
  }

  @Test
  void theLossIsJudgedAtTheLearnersOwnPoint() {
    // Row 2 with w = 1.7 (wrong) but L(1.7) = 1.09 right for it; row 3 from 1.7: 1.88, L = 1.0144.
    List<List<String>> rows = rightRows();
    rows.set(1, List.of("1.7", "1.09"));
    rows.set(2, List.of("1.88", "1.0144"));
    Feedback f = TABLE.table(rows);
    assertThat(f.rows().get(1).verdict()).isEqualTo(RowVerdict.WRONG);
    assertThat(f.rows().get(1).values()).contains("w should be").doesNotContain("L(w) should");
    assertThat(f.rows().get(1).note()).doesNotContain("1.88", "L(w)");
    assertThat(f.rows().get(2).verdict()).isEqualTo(RowVerdict.CARRIED);
  }

  @Test
  void missingRowsAndUnreadableCells() {
    List<List<String>> rows = rightRows().subList(0, 5);
    Feedback f = TABLE.table(rows);
    assertThat(f.verdict()).isEqualTo(Feedback.Verdict.PARTLY);
    assertThat(f.rows()).extracting(Feedback.RowMark::verdict).endsWith(RowVerdict.MISSING, RowVerdict.MISSING,
        RowVerdict.MISSING);
    List<List<String>> bad = new ArrayList<>(rightRows());
    bad.set(3, List.of("abc", "1"));
    Feedback g = TABLE.table(bad);
    assertThat(g.verdict()).isEqualTo(Feedback.Verdict.UNREADABLE);
    assertThat(g.details().get(0)).contains("Row 4");
  }
}
