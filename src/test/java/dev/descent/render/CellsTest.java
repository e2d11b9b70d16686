package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {
  private static final String P_HAT = "p\u0302";
  private static final String X_TILDE = "x\u0303";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the course's formulas: a letter with a combining circumflex or tilde takes one column
      "p\u0302 = \u03c3(w\u00b7x)|10",
      "m\u0302 = m / (1 \u2212 \u03b2\u2081\u1d57)|17",
      "x\u0303 = x \u2212 \u03b7\u00b7\u03b2\u00b7v|13",
      // several marks on one letter
      "a\u0302\u0303b|2",
      // East Asian wide characters and an emoji take two columns
      "\u4e2d\u6587|4",
      "a\ud83d\ude00b|4",
      // a letter outside the basic plane (mathematical italic x) takes one
      "\ud835\udc65|1",
      // a zero-width space takes none
      "a\u200bb|2",
      // a spacing mark (Devanagari vowel sign i) takes a column of its own, as in a terminal
      "\u0915\u093f|2",
      "plain ASCII|11",
  })
  void widthCountsColumnsNotChars(String text, int columns) {
    assertThat(Cells.width(text)).isEqualTo(columns);
  }

  @Test
  void aCombiningMarkJoinsItsLetter() {
    String s = P_HAT + "=" + X_TILDE;
    assertThat(Cells.next(s, 0)).isEqualTo(2);
    assertThat(Cells.next(s, 2)).isEqualTo(3);
    assertThat(Cells.next(s, 3)).isEqualTo(5);
    assertThat(Cells.previous(s, 5)).isEqualTo(3);
    assertThat(Cells.previous(s, 3)).isEqualTo(2);
    assertThat(Cells.previous(s, 2)).isEqualTo(0);
    assertThat(Cells.previous(s, 0)).isEqualTo(0);
  }

  @Test
  void surrogatePairsCarriageReturnLineFeedAndFlagsAreOneCluster() {
    assertThat(Cells.next("\ud835\udc65y", 0)).isEqualTo(2);
    assertThat(Cells.previous("\ud835\udc65y", 2)).isEqualTo(0);
    assertThat(Cells.next("\r\nx", 0)).isEqualTo(2);
    assertThat(Cells.next("\ud83c\udde9\ud83c\uddeaX", 0)).isEqualTo(4);
    // a family of three joined by zero-width joiners is one picture
    String family = "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67";
    assertThat(Cells.next(family + "!", 0)).isEqualTo(family.length());
    assertThat(Cells.previous(family + "!", family.length())).isEqualTo(0);
  }

  @Test
  void cutKeepsWholeClustersWithinTheColumns() {
    assertThat(Cells.cut(P_HAT + P_HAT + P_HAT, 2)).isEqualTo(P_HAT + P_HAT);
    assertThat(Cells.cut("\u4e2d\u6587", 3)).isEqualTo("\u4e2d");
    assertThat(Cells.cut("abc", 0)).isEmpty();
    assertThat(Cells.indexAt("a" + X_TILDE + "b", 2)).isEqualTo(3);
  }

  @Test
  void fitMarksACutAndPadFillsColumns() {
    assertThat(Cells.fit("1.00001073741824", 8, "\u2026")).isEqualTo("1.00001\u2026");
    assertThat(Cells.fit(P_HAT + " = 0.5", 9, "\u2026")).isEqualTo(P_HAT + " = 0.5");
    assertThat(Cells.fit("\u4e2d\u6587\u4e2d", 4, "~")).isEqualTo("\u4e2d~");
    assertThat(Cells.padRight(P_HAT, 3)).isEqualTo(P_HAT + "  ");
    assertThat(Cells.padLeft("\u4e2d", 3)).isEqualTo(" \u4e2d");
    assertThat(Cells.padRight("toolong", 3)).isEqualTo("toolong");
  }

  /** A lone mark has nothing to join: it is drawn on a space, so it takes one column. */
  @Test
  void aMarkWithNothingBeforeItTakesOneColumn() {
    assertThat(Cells.width("\u0302")).isEqualTo(1);
    assertThat(Cells.next("\u0302\u0303a", 0)).isEqualTo(1);
    assertThat(Cells.width("\u0302\u0303a")).isEqualTo(3);
  }

  /**
   * The split into clusters agrees with the JDK's character BreakIterator on text made of letters,
   * combining marks, wide characters and surrogate pairs (seeds fixed, 400 strings each). Spacing
   * marks are left out: the JDK joins them to some scripts' letters only, while a terminal gives
   * them a column of their own, as Cells does.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void clustersAgreeWithTheJdkBreakIterator(long seed) {
    String[] alphabet = {"a", "Z", " ", "=", "\u03c3", "\u0302", "\u0303", "\u0301", "\u4e2d", "\ud835\udc65",
        "\u0915", "\ud83d\ude00", "\u00e9", "\n"};
    Random random = new Random(seed);
    for (int n = 0; n < 400; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = sb.toString();
      assertThat(ours(s)).as("clusters of %s", escaped(s)).isEqualTo(jdk(s));
      for (int end : jdk(s)) {
        int start = jdkStartBefore(s, end);
        assertThat(Cells.previous(s, end)).as("previous(%s, %d)", escaped(s), end).isEqualTo(start);
      }
    }
  }

  private static List<Integer> ours(String s) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < s.length(); ) {
      i = Cells.next(s, i);
      ends.add(i);
    }
    return ends;
  }

  private static List<Integer> jdk(String s) {
    BreakIterator b = BreakIterator.getCharacterInstance();
    b.setText(s);
    List<Integer> ends = new ArrayList<>();
    for (int e = b.next(); e != BreakIterator.DONE; e = b.next()) {
      ends.add(e);
    }
    return ends;
  }

  private static int jdkStartBefore(String s, int end) {
    BreakIterator b = BreakIterator.getCharacterInstance();
    b.setText(s);
    int p = b.preceding(end);
    return p == BreakIterator.DONE ? 0 : p;
  }

  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 128 && c >= 32 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return sb.toString();
  }

  /** The width of whole strings equals the sum over their clusters, however the text mixes plain and combining letters. */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void widthIsTheSumOverClusters(long seed) {
    String[] alphabet = {"a", " ", "\u00e9", "\u00ad", "\u0302", "\u4e2d", "\u03c3", "\ud835\udc65", "\u200b", "\n", "~"};
    Random random = new Random(seed);
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = sb.toString();
      int sum = 0;
      for (int i = 0; i < s.length(); i = Cells.next(s, i)) {
        sum += Cells.clusterWidth(s, i);
      }
      assertThat(Cells.width(s)).as(escaped(s)).isEqualTo(sum);
    }
  }
  /**
   * On a terminal that shows only ASCII every width is the width of what is drawn there, the stand-in:
   * a formula keeps its columns in step with the screen, and a cut never splits a stand-in.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "p\u0302 = \u03c3(w\u00b7x)|p^ = sigma(w*x)",
      "x \u2190 x \u2212 \u03b7 \u00b7 m\u0302 / (\u221av\u0302 + \u03b5)|x <- x - eta * m^ / (sqrtv^ + eps)",
      "\u00bd \u00b1 \u00e9|1/2 +/- e",
      "caf\u00e9 e\u0301|cafe e",
      "\u4e2d|?"})
  void onAnAsciiTerminalWidthsAreTheStandInsWidths(String text, String shown) {
    Cells.showAsciiOnly(true);
    try {
      assertThat(Cells.shown(text)).isEqualTo(shown);
      assertThat(Cells.width(text)).isEqualTo(shown.length());
      int sum = 0;
      for (int i = 0; i < text.length(); i = Cells.next(text, i)) {
        sum += Cells.clusterWidth(text, i);
      }
      assertThat(sum).isEqualTo(shown.length());
      assertThat(Cells.shown(Cells.padRight(text, shown.length() + 3))).isEqualTo(shown + "   ");
    } finally {
      Cells.showAsciiOnly(false);
    }
  }

  @Test
  void onAnAsciiTerminalACutKeepsWholeStandIns() {
    Cells.showAsciiOnly(true);
    try {
      // eta is three columns: two columns hold only "w "
      assertThat(Cells.cut("w \u03b7", 4)).isEqualTo("w ");
      assertThat(Cells.cut("w \u03b7", 5)).isEqualTo("w \u03b7");
      assertThat(Cells.shown(Cells.fit("\u03b7\u03b7\u03b7", 8, "\u2026"))).isEqualTo("eta...");
    } finally {
      Cells.showAsciiOnly(false);
    }
    assertThat(Cells.shown("\u03b7")).as("a UTF-8 terminal shows the text itself").isEqualTo("\u03b7");
    assertThat(Cells.width("\u03b7")).isEqualTo(1);
  }
}
