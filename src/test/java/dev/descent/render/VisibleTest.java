package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.it.RawCharacters;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What may reach a terminal: the visible forms are those of {@code cat -v} for C0 controls and DEL
 * ({@code ^[}, {@code ^?}), and {@code <U+XXXX>} for the C1 controls and Unicode's invisible format
 * characters (the bidirectional controls of UAX #9, zero-width characters, the tag characters).
 */
class VisibleTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1b | ^[", "07 | ^G", "08 | ^H", "0d | ^M", "00 | ^@", "1f | ^_", "7f | ^?", "9b | <U+009B>", "85 | <U+0085>",
      "202e | <U+202E>", "2066 | <U+2066>", "2069 | <U+2069>", "200e | <U+200E>", "200f | <U+200F>",
      "61c | <U+061C>", "200b | <U+200B>", "feff | <U+FEFF>", "2028 | <U+2028>", "e0001 | <U+E0001>"})
  void everyUnsafeCharacterHasAVisibleForm(String hex, String shown) {
    int cp = Integer.parseInt(hex, 16);
    assertThat(Visible.unsafe(cp)).isTrue();
    assertThat(Visible.inline("a" + Character.toString(cp) + "b")).isEqualTo("a" + shown + "b");
  }

  @Test
  void printableTextIsLeftAsItIs() {
    String text = "L(w) = w² − 4w + 5, η ← 0.3; 日本語, émigré";
    assertThat(Visible.inline(text)).isSameAs(text);
    assertThat(Visible.lines(text)).isSameAs(text);
  }

  @Test
  void inlineShowsLineBreaksAndTabsSoNoLineCanBeForged() {
    assertThat(Visible.inline("alice.txt\nmallory  22\tx")).isEqualTo("alice.txt^Jmallory  22^Ix");
  }

  @Test
  void linesKeepsLineBreaksAndTabsButShowsCarriageReturns() {
    assertThat(Visible.lines("one\ttwo\r\nthree\b")).isEqualTo("one\ttwo^M\nthree^H");
  }

  @Test
  void theClipboardAttackOfTheIssueIsShownNotRun() {
    assertThat(Visible.inline("\u001b[2J\u001b]52;c;aGFja2Vk\u0007Mal\u202eory"))
        .isEqualTo("^[[2J^[]52;c;aGFja2Vk^GMal<U+202E>ory");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"η | eta", "← | <-", "→ | ->", "² | ^2", "₁ | _1", "− | -", "≤ | <=",
      "é | e", "ŷ | y^", "… | ...", "✓ | ok", "κ | kappa", "√ | sqrt", "日 | ?"})
  void asciiStandInsReadAsTheCourseWritesInPlainText(String c, String ascii) {
    assertThat(Visible.ascii(c.codePointAt(0))).isEqualTo(ascii);
  }

  @Test
  void aCombiningMarkWithoutAStandInIsLeftOutLikeAnAccentedLettersAccent() throws IOException {
    assertThat(Visible.ascii(0x0301)).isEmpty();
    assertThat(through(true, "cafe\u0301 p\u0302")).isEqualTo("cafe p^");
  }

  private static String through(boolean ascii, String... writes) throws IOException {
    StringWriter sink = new StringWriter();
    try (VisibleWriter w = new VisibleWriter(sink, ascii)) {
      for (String s : writes) {
        w.write(s);
      }
    }
    return sink.toString();
  }

  @Test
  void theWriterKeepsNewlinesTabsAndCrlfAndShowsEverythingElse() throws IOException {
    assertThat(through(false, "a,b\r\n", "c\td\n", "x\ry\u0008\u009b\u202e")).isEqualTo("a,b\r\nc\td\nx^My^H<U+009B><U+202E>");
  }

  @Test
  void aCarriageReturnOrASurrogatePairSplitAcrossWritesIsJudgedWhole() throws IOException {
    assertThat(through(false, "a\r", "\nb\r", "c")).isEqualTo("a\r\nb^Mc");
    assertThat(through(false, "\udb40", "\udc01!", "\ud83d", "\ude00")).isEqualTo("<U+E0001>!\ud83d\ude00");
    assertThat(through(false, "end\r")).isEqualTo("end^M");
  }

  /** Characters an attacker or a Windows editor would send, and ordinary text around them. */
  private static final int[] MIX = {0x1b, 0x07, 0x08, 0x0d, 0x0a, 0x09, 0x00, 0x7f, 0x85, 0x9b, 0x9c, 0x202e, 0x2066,
      0x2069, 0x200e, 0x061c, 0x200b, 0x200d, 0xfeff, 0x2028, 0xe0001, 'a', 'Z', ' ', '[', 'η', '²', '−', 0x1f600,
      0xd800, 0xdc00};

  /** Seeded: random text of that mix, written in random pieces, comes out the same as written whole and holds nothing raw. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946})
  void whateverIsWrittenInWhateverPiecesNothingComesOutRaw(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      text.appendCodePoint(MIX[random.nextInt(MIX.length)]);
    }
    List<String> pieces = new ArrayList<>();
    for (int at = 0; at < text.length(); ) {
      int next = Math.min(text.length(), at + 1 + random.nextInt(7));
      pieces.add(text.substring(at, next));
      at = next;
    }
    String whole = through(false, text.toString());
    assertThat(through(false, pieces.toArray(new String[0]))).isEqualTo(whole);
    RawCharacters.assertNone(whole, "seed " + seed);
    assertThat(through(true, pieces.toArray(new String[0]))).matches("[\\x00-\\x7f]*");
  }

  @Test
  void inAsciiModeOnlyAsciiComesOut() throws IOException {
    assertThat(through(true, "w ← w − η·∇L, \u001b")).isEqualTo("w <- w - eta*gradL, ^[");
  }
}
