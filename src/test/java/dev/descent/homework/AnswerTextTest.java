package dev.descent.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading an answer file's lines within bounds, whatever its bytes. */
class AnswerTextTest {

  private static AnswerText.Lines read(byte[] bytes) throws IOException {
    return AnswerText.read(new ByteArrayInputStream(bytes));
  }

  private static AnswerText.Lines read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void linesEndWithLfCrLfOrCr() throws IOException {
    assertThat(read("a\nb\r\nc\rd").lines()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void aFinalNewlineMakesNoExtraLineButBlankLinesCount() throws IOException {
    assertThat(read("a\n\nb\n").lines()).containsExactly("a", "", "b");
  }

  @Test
  void aUtf8ByteOrderMarkIsDropped() throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 's', 'e', 't', ':', ' ', 'x'};
    assertThat(read(bom).lines()).containsExactly("set: x");
  }

  @Test
  void utf16FromWindowsEditorsIsReadByItsByteOrderMark() throws IOException {
    byte[] text = "set: x\r\nη = 0.1".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xff;
    withBom[1] = (byte) 0xfe;
    System.arraycopy(text, 0, withBom, 2, text.length);

    assertThat(read(withBom).lines()).containsExactly("set: x", "η = 0.1");
  }

  @Test
  void nulBytesMeanItIsNotText() {
    assertThatThrownBy(() -> read(new byte[] {'s', 'e', 't', 0, 1, 2})).isInstanceOf(UnreadableFile.class)
        .hasMessageContaining("not a text file");
  }

  @Test
  void mostlyUndecodableBytesMeanItIsNotText() {
    byte[] junk = new byte[400];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (0x80 + i % 64);
    }
    assertThatThrownBy(() -> read(junk)).isInstanceOf(UnreadableFile.class).hasMessageContaining("not a text file");
  }

  @Test
  void aLineInAnotherEncodingIsNotedByItsNumber() throws IOException {
    byte[] latin1 = "set: x\n# r\u00e9ponses\np1.a = 1\n".getBytes(StandardCharsets.ISO_8859_1);

    AnswerText.Lines lines = read(latin1);

    assertThat(lines.lines()).hasSize(3);
    assertThat(lines.notes()).singleElement().satisfies(n -> {
      assertThat(n.line()).isEqualTo(2);
      assertThat(n.message()).contains("not UTF-8");
    });
  }

  @Test
  void aTooLongLineIsLeftOutWithANote() throws IOException {
    AnswerText.Lines lines = read("a\n" + "x".repeat(AnswerText.MAX_LINE_LENGTH + 1) + "\nb\n");

    assertThat(lines.lines()).containsExactly("a", null, "b");
    assertThat(lines.notes()).singleElement().satisfies(n -> {
      assertThat(n.line()).isEqualTo(2);
      assertThat(n.message()).contains("2,001 characters long; the limit is 2,000");
    });
  }

  @Test
  void linesBeyondTheLimitAreNotRead() throws IOException {
    AnswerText.Lines lines = read("p1.a = 1\n".repeat(AnswerText.MAX_LINES + 5));

    assertThat(lines.lines()).hasSize(AnswerText.MAX_LINES);
    assertThat(lines.notes()).singleElement().satisfies(n -> {
      assertThat(n.line()).isEqualTo(AnswerText.MAX_LINES + 1);
      assertThat(n.message()).contains("more than 10,000 lines");
    });
  }

  @Test
  void bytesBeyondTheLimitAreNotReadAndNoLineIsCutInTwo() throws IOException {
    String line = "# " + "y".repeat(1000) + "\n";
    int count = AnswerText.MAX_BYTES / line.length() + 10;

    AnswerText.Lines lines = read(line.repeat(count));

    assertThat(lines.lines()).hasSize(AnswerText.MAX_BYTES / line.length())
        .allMatch(l -> l.length() == line.length() - 1);
    assertThat(lines.notes()).singleElement().extracting(Note::message).asString().contains("larger than 1 MiB");
  }

  @Test
  void anEmptyStreamHasNoLines() throws IOException {
    assertThat(read("").lines()).isEmpty();
  }
}
