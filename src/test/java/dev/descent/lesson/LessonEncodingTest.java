package dev.descent.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson file saved in another encoding than UTF-8 is refused at the first byte that cannot be read. */
class LessonEncodingTest {

  private static String problem(Path dir, byte[] bytes) throws IOException {
    Path f = dir.resolve("latin1.json");
    Files.write(f, bytes);
    LessonLoader.Result r = LessonLoader.load(f, "latin1.json");
    assertThat(r.lesson()).isEmpty();
    return r.diagnostics().get(0).toString();
  }

  @Test
  void theFirstUnreadableByteIsPointedAt(@TempDir Path dir) throws IOException {
    byte[] text = "{\"kind\": \"lesson\",\r\n \"title\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(problem(dir, text)).isEqualTo("latin1.json:2:15: the file is not UTF-8 text: the byte 0xE9 here cannot "
        + "be read; save the file as UTF-8");
  }

  @Test
  void aByteOrderMarkIsNotAColumn(@TempDir Path dir) throws IOException {
    byte[] text = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '"', (byte) 0xFF};
    assertThat(problem(dir, text)).startsWith("latin1.json:1:3: the file is not UTF-8 text: the byte 0xFF");
  }
}
