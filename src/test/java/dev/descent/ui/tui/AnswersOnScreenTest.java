package dev.descent.ui.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.descent.ui.LessonMap;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the screen says about the learner's answers, on the real lessons (issue 11, items 2 to 12), with
 * pages and questions named by problem id and found by {@link LessonMap}. Lesson 1's page "diverge": η = 2
 * from w = 0 on (w − 3)², factor 1 − 2η = −3, w₁ = 0 − 2·(−6) = 12, w₂ = 12 − 2·18 = −24; its page "by-hand"
 * asks dL/dw of (w − 3)² (2(w − 3); w − 3 drops the factor 2) and the slope −6 at w = 0. Lesson 2's page
 * "run-a": L = w² − 4w + 5 from w = 0 at η = 0.3, factor 0.4, and the table of w_k = 2 − 2·0.4^k with
 * L = (w − 2)² + 1 (notes 004), asked to five significant digits.
 */
class AnswersOnScreenTest {
  private static final LessonMap ONE = LessonMap.of("update-rule");
  private static final LessonMap TWO = LessonMap.of("eight-steps");
  private static final String FACTOR = ONE.label("diverge.factor");
  private static final String W1 = ONE.label("diverge.w1");
  private static final String DLDW = ONE.label("by-hand.dldw");
  private static final String SLOPE = ONE.label("by-hand.g0");
  /** Rows 1 to 8 of lesson 2's first table, w and L, as a learner types them. */
  private static final String[] RIGHT_ROWS = {"1.2 1.64", "1.68 1.1024", "1.872 1.016384", "1.9488 1.00262144",
      "1.97952 1.0004194304", "1.991808 1.000067108864", "1.9967232 1.00001073741824",
      "1.99868928 1.0000017179869184"};

  @TempDir Path data;

  private VirtualUi atTheTable() {
    return VirtualUi.at(data, "eight-steps", "run-a", 110, 60);
  }

  /** Rows 1 to 3 right, row 4 slipped to w = 1.9 (L(1.9) = 1.01), then rows 5 to 8 right from 1.9 on. */
  private static String slippedRows() {
    // from 1.9: w5 = 1.9 - 0.3(2*1.9 - 4) = 1.96, then 1.984, 1.9936, 1.99744; L = (w - 2)^2 + 1
    return String.join(" ", RIGHT_ROWS[0], RIGHT_ROWS[1], RIGHT_ROWS[2], "1.9 1.01", "1.96 1.0016",
        "1.984 1.000256", "1.9936 1.00004096", "1.99744 1.0000065536");
  }

  @Test
  void item2ThePageIsAllRightOnlyWhenEveryQuestionIs() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "diverge", 100, 40).answer("-3").answer("5");
    v.keys(KeyType.Tab).answer("-24");
    assertThat(v.question(W1)).contains("✗ Wrong");
    assertThat(v.question(ONE.label("diverge.w2"))).contains("✓ Right.");
    assertThat(v.screen()).doesNotContain("Every question on this page is answered right");
    assertThat(v.status()).contains("Not right yet: question " + ONE.numberOf("diverge.w1") + ";");
    assertThat(v.screen()).contains("▸ " + W1);
  }

  @Test
  void item3AWrongAnswerAfterARightOneIsSaidAsWrongNowAndTheScreenAgreesWithProgress() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "diverge", 100, 40).answer("-3");
    v.keys(KeyType.ReverseTab).answer("5");
    assertThat(v.question(FACTOR)).doesNotContain("✓ answered right")
        .contains("✗ wrong now · ✓ right before", "✗ Wrong");
    v.ctrl('x');
    VirtualUi again = v.again("update-rule");
    assertThat(again.question(FACTOR)).contains("[5", "✗ wrong now · ✓ right before");
  }

  @Test
  void item5AnswersAreShownInTheirFieldsAfterQuittingAndTypingReplacesAWrongOne() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand", 100, 40).answer("2(w-3)").answer("6");
    v.ctrl('x');
    VirtualUi again = v.again("update-rule");
    assertThat(again.question(DLDW)).contains("[2(w-3)", "✓ Right.");
    assertThat(again.question(SLOPE)).contains("[6", "✗ Wrong").doesNotContain("press Tab");
    again.answer("-6");
    assertThat(again.question(SLOPE)).contains("[-6 ", "✓ Right.");
  }

  @Test
  void item5AFinishedTableShowsItsNumbersAfterQuitting() {
    VirtualUi v = atTheTable().type(String.join(" ", RIGHT_ROWS)).keys(KeyType.Enter);
    assertThat(v.screen()).contains("✓ Right: every row.");
    v.ctrl('x');
    VirtualUi again = VirtualUi.at(data, "eight-steps", "run-a", 110, 60);
    assertThat(again.screen()).containsPattern("1 +\\[1\\.2 +\\] \\[1\\.64 +\\] +✓ right")
        .containsPattern("8 +\\[1\\.99868928 *\\]");
  }

  @Test
  void item6TypingAfterAWrongAnswerReplacesItInsteadOfAppending() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand", 100, 40).answer("w - 3").answer("2(w-3)");
    assertThat(v.question(DLDW)).contains("[2(w-3) ", "✓ Right.");
  }

  @Test
  void item6ShellKeysEditTheField() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand", 100, 40);
    v.type("12345678901234").ctrl('u');
    assertThat(v.question(DLDW)).contains("[ ");
    v.type("2 w-3").ctrl('w');
    assertThat(v.question(DLDW)).contains("[2  ");
    v.type("(w-3").ctrl('a').type("2").ctrl('k').ctrl('e').type(")");
    assertThat(v.question(DLDW)).contains("[2) ");
    v.keys(KeyType.Backspace).type("(w-3)").ctrl('a').type("x").ctrl('a').keys(KeyType.Delete).keys(KeyType.Enter);
    assertThat(v.question(DLDW)).contains("✓ Right.");
  }

  @Test
  void item7ASpaceOrACommaBetweenNumbersGoesToTheNextCell() {
    VirtualUi v = atTheTable().type("1.2 1.64 1.68,1.1024");
    assertThat(v.screen()).containsPattern("1 +\\[1\\.2 +\\] \\[1\\.64 +\\]")
        .containsPattern("2 +\\[1\\.68 +\\] \\[1\\.1024 +\\]");
  }

  @Test
  void item7TabPastTheLastCellStaysInTheTable() {
    // lesson 2's second table (η = 1.5: w = 6, −6, 18 and L = 17, 65, 257) has a question after it
    VirtualUi v = VirtualUi.at(data, "eight-steps", "run-b", 110, 60).type("6 17 -6 65 18 257").keys(KeyType.Tab);
    assertThat(v.screen()).contains("▸ " + TWO.label("run-b.table"));
    assertThat(v.status()).contains("last cell");
    v.type("9");
    assertThat(v.screen()).contains("▸ " + TWO.label("run-b.table"));
    assertThat(v.question(TWO.label("run-b.factor"))).doesNotContain("[9");
  }

  @Test
  void item7EnterOnAPartlyFilledTableAsksBeforeCheckingIt() {
    VirtualUi v = atTheTable().type("1.2 1.64").keys(KeyType.Enter);
    assertThat(v.status()).contains("Press Enter again to check the table with 14 cells empty");
    assertThat(v.screen()).doesNotContain("Partly right");
    v.type(" 1.68");
    assertThat(v.screen()).doesNotContain("Partly right").containsPattern("2 +\\[1\\.68 +\\]");
    v.keys(KeyType.Enter, KeyType.Enter);
    assertThat(v.screen()).contains("Partly right: 1 of 8 rows right");
  }

  @Test
  void item7AnEmptyTableIsNotAnAttempt() {
    VirtualUi v = atTheTable().keys(KeyType.Enter);
    assertThat(v.status()).contains("Type your answer");
    assertThat(v.course.status("eight-steps", VirtualUi.LEARNER).attempted()).isZero();
    v.ctrl('r');
    assertThat(v.status()).contains("opens after one attempt");
  }

  @Test
  void item8EveryRowIsMarkedOnceOnItsOwnLine() {
    VirtualUi v = atTheTable().type(slippedRows()).keys(KeyType.Enter);
    String screen = v.screen();
    assertThat(screen).containsPattern("5 +\\[1\\.96 +\\] \\[1\\.0016 +\\] +↳ right given your row above\n")
        .containsPattern("8 +\\[1\\.99744 +\\] \\[1\\.0000065536 *\\] +↳ right given your row above\n")
        .doesNotContain("(right given", "right from your row above", "Step 4");
    assertThat(screen.split("right given your row above", -1)).hasSize(5);
  }

  @Test
  void item9AWrongRowSaysWhyButNotTheValueUntilTheSolutionIsOpen() {
    VirtualUi v = atTheTable().type(slippedRows()).keys(KeyType.Enter);
    assertThat(v.screen()).containsPattern("4 +\\[1\\.9 +\\] \\[1\\.01 +\\] +✗ wrong: w does not follow from your row")
        .doesNotContain("1.9488");
    v.ctrl('r');
    assertThat(v.flat()).contains("w should be 1.9488 from your row above, not 1.9");
  }

  @Test
  void item10TheQuestionStatesItsPrecisionAndTheCheckHoldsIt() {
    VirtualUi v = atTheTable();
    assertThat(v.screen()).contains("Give at least 5 significant digits.");
    // 1.95 is within 0.1 % of w4 = 1.9488, but not to 5 significant digits; 2 is not w8 = 1.99868928 either.
    String rows = String.join(" ", RIGHT_ROWS[0], RIGHT_ROWS[1], RIGHT_ROWS[2], "1.95 1.0025", RIGHT_ROWS[4],
        RIGHT_ROWS[5], RIGHT_ROWS[6], "2 1");
    v.type(rows).keys(KeyType.Enter);
    assertThat(v.screen()).containsPattern("4 +\\[1\\.95 +\\] \\[1\\.0025 +\\] +✗ wrong: w: close, but the question")
        .containsPattern("8 +\\[2 +\\] \\[1 +\\] +✗ wrong");
    assertThat(v.flat()).contains("asks for 5 significant digits")
        .doesNotContain("Right: every row");
  }

  @Test
  void item12HintsSeenBeforeAreShownAgainAndNoMoreArePromised() {
    VirtualUi v = VirtualUi.at(data, "update-rule", "by-hand", 100, 40).ctrl('t').ctrl('t').ctrl('x');
    VirtualUi again = v.again("update-rule");
    assertThat(again.question(DLDW)).contains("Hint 1 of 2: Differentiate", "Hint 2 of 2: By the chain")
        .doesNotContain("press h", "next one");
    again.ctrl('t');
    assertThat(again.status()).contains("No more hints");
  }
}
