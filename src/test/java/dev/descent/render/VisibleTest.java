package dev.descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @Test
  void inAsciiModeOnlyAsciiComesOut() throws IOException {
    assertThat(through(true, "w ← w − η·∇L, \u001b")).isEqualTo("w <- w - eta*gradL, ^[");
  }
}
