package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Homework from an instructor's own set file, from the instructor's machine to a student's: the sheet and the
 * answer file say how to check it there, the answer file records which set file it came from, and check finds
 * that file beside the answer file (or names the command that does). The instructor keeps the set in
 * {@code teacher/sets/}; the student gets the set file and their answer file in a folder of their own.
 */
class CustomSetHomeworkTest {
  private static final String SET = "fixture-homework";
  @TempDir Path dir;
  private Path set;
  private Path student;

  @BeforeEach
  void folders() throws IOException {
    set = Files.createDirectories(dir.resolve("teacher/sets")).resolve(SET + ".json");
    Files.copy(Path.of("src/test/resources/homework/" + SET + ".json"), set);
    student = Files.createDirectories(dir.resolve("student"));
  }

  /** Alice's answer file as the instructor makes it, filled with the right answers, in the student's folder. */
  private Path alicesFilledAnswers() throws IOException {
    Path template = dir.resolve("teacher/alice-" + SET + ".txt");
    Cli made = Cli.run("homework", set.toString(), "--student", "alice", "--answers", template.toString());
    assertThat(made.exit()).as(made.err()).isZero();
    return Files.writeString(student.resolve("alice-" + SET + ".txt"),
        CheckCommandTest.fill(template, CheckCommandTest.KEY, CheckCommandTest.TABLE), StandardCharsets.UTF_8);
  }

  @Test
  void theSheetSaysToKeepTheSetFileBesideTheAnswersAndHowToNameItElsewhere() {
    Cli sheet = Cli.run("homework", set.toString(), "--student", "alice");

    assertThat(sheet.out()).contains("    descent check alice-" + SET + ".txt\n", "keep " + SET + ".json, the set file",
        "    descent check --course PATH/" + SET + ".json alice-" + SET + ".txt\n")
        .doesNotContain(dir.toString());
  }

  @Test
  void theAnswerFileRecordsTheSetFilesNameAndFingerprintButNotTheInstructorsFolders() throws IOException {
    String text = Files.readString(alicesFilledAnswers());

    assertThat(text).containsPattern("(?m)^course: " + SET + "\\.json sha256:[0-9a-f]{16}$")
        .doesNotContain(dir.toString());
  }

  @Test
  void checkAsPrintedOnTheSheetWorksWithTheSetFileBesideTheAnswerFile() throws IOException {
    Path answers = alicesFilledAnswers();
    Files.copy(set, student.resolve(SET + ".json"));

    Cli check = Cli.run("check", answers.toString());

    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("Total: 13 of 13 points.");
  }

  @Test
  void withoutTheSetFileCheckSaysWhatToGetAndTheCommandToRun() throws IOException {
    Path answers = alicesFilledAnswers();

    Cli check = Cli.run("check", answers.toString());
    Cli named = Cli.run("check", "--course", set.toString(), answers.toString());

    assertThat(check.exit()).isEqualTo(Main.USAGE);
    assertThat(check.err()).contains("not built into descent", SET + ".json", "from your instructor",
        "descent check --course PATH/" + SET + ".json " + answers);
    assertThat(named.exit()).as(named.err()).isZero();
  }

  @Test
  void aSetFileChangedSinceTheSheetIsNoted() throws IOException {
    Path answers = alicesFilledAnswers();
    Files.writeString(student.resolve(SET + ".json"), Files.readString(set).replace("Fixture homework",
        "Fixture homework, corrected"));

    Cli check = Cli.run("check", answers.toString());

    assertThat(check.exit()).isEqualTo(Main.FAILED);
    assertThat(check.out()).contains("another version of " + SET + ".json", "the numbers may differ");
  }

  @Test
  void aCustomSetWithTheIdOfABuiltInSetIsRefusedEverywhere() throws IOException {
    Path clash = Files.writeString(dir.resolve("teacher/sgd.json"), Files.readString(set)
        .replace("\"id\": \"" + SET + "\"", "\"id\": \"sgd-homework\""));
    Files.writeString(student.resolve("bob.txt"), "set: sgd-homework\nstudent: bob\np1.pred = 1\n");

    Cli sheet = Cli.run("homework", clash.toString(), "--student", "alice");
    Cli byId = Cli.run("homework", "sgd-homework", "--course", clash.toString(), "--student", "alice");
    Cli check = Cli.run("check", "--course", clash.toString(), student.resolve("bob.txt").toString());
    Cli grade = Cli.run("grade", clash.toString(), student.toString());

    for (Cli c : new Cli[] {sheet, byId, check, grade}) {
      assertThat(c.exit()).as(c.err()).isEqualTo(Main.USAGE);
      assertThat(c.err()).contains("sgd.json", "\"sgd-homework\"", "one of descent's own", "an id of its own");
    }
  }

  @Test
  void descentsOwnSetFileNamedByItsPathIsStillDescentsOwnSet() {
    Cli sheet = Cli.run("homework", "exercises/03-sgd-homework.json", "--student", "alice", "--template");

    assertThat(sheet.exit()).as(sheet.err()).isZero();
    assertThat(sheet.out()).contains("set: sgd-homework").doesNotContain("course:");
  }
}
