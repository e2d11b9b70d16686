package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 8: the answer file carries a fingerprint of the student's numbers, and check and grade say
 * plainly when the set was changed after the sheet was made.
 */
class NumbersLineTest {
  @TempDir Path dir;

  private static String set(String range, String more) {
    return """
        {"format": 1, "kind": "exercises", "id": "drawn-homework", "title": "Drawn", "pages": [
          {"type": "problem", "id": "p1", "variables": {"a": %s%s}, "text": ["a = {a}"],
           "questions": [{"id": "twice", "kind": "number", "prompt": "2a?", "answer": {"compute": "formula", "expr": "2*a"}}]}]}
        """.formatted(range, more);
  }

  private Path course(String text) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("course"));
    Files.writeString(folder.resolve("drawn-homework.json"), text, StandardCharsets.UTF_8);
    return folder;
  }

  private Path template(Path course) {
    Path file = dir.resolve("handed-in").resolve("alice-drawn-homework.txt");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Cli r = Cli.run("homework", course.resolve("drawn-homework.json").toString(), "--student", "alice", "--answers",
        file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return file;
  }

  @Test
  void theTemplateCarriesTheFingerprintAndCheckIsQuietWhileTheSetIsTheSame() throws IOException {
    Path course = course(set("{\"from\": 1, \"to\": 99, \"step\": 1}", ""));
    Path answers = template(course);
    assertThat(Files.readString(answers)).containsPattern("(?m)^numbers: [0-9a-f]{16}$");
    Cli r = Cli.run("check", answers.toString(), "--course", course.toString());
    assertThat(r.out()).doesNotContain("other numbers");
  }

  @Test
  void checkSaysWhenTheSetWasChangedAfterTheSheetWasMade() throws IOException {
    Path course = course(set("{\"from\": 1, \"to\": 99, \"step\": 1}", ""));
    Path answers = template(course);
    int line = Files.readAllLines(answers).indexOf(Files.readAllLines(answers).stream()
        .filter(l -> l.startsWith("numbers: ")).findFirst().orElseThrow()) + 1;
    // A wider range draws another a for alice (with 99 values her index is another one than with 199).
    course(set("{\"from\": 1, \"to\": 199, \"step\": 1}", ""));
    for (String command : new String[] {"check", "grade"}) {
      Cli r = command.equals("check") ? Cli.run("check", answers.toString(), "--course", course.toString())
          : Cli.run("grade", course.resolve("drawn-homework.json").toString(), answers.getParent().toString());
      assertThat(r.out() + r.err()).as(command).contains("line " + line + ": this file was made for other numbers than "
          + "drawn-homework gives alice now");
    }
  }

  @Test
  void aNumbersLineThatIsNotAFingerprintIsSaidSo() throws IOException {
    Path course = course(set("{\"from\": 1, \"to\": 99, \"step\": 1}", ""));
    Path answers = template(course);
    Files.writeString(answers, Files.readString(answers).replaceFirst("(?m)^numbers: .*$", "numbers: twelve"));
    Cli r = Cli.run("check", answers.toString(), "--course", course.toString());
    assertThat(r.out()).contains("'numbers:' holds the 16 hexadecimal digits the template wrote, not twelve");
  }
}
