package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code descent homework}: each student's sheet with their own numbers, and the answer file to fill in. */
class HomeworkCommandTest {
  @TempDir Path dir;

  @Test
  void theSheetShowsTheProblemsWithTheStudentsNumbersAndEachQuestionsIdAndPoints() {
    Cli r = Cli.run("homework", "src/test/resources/homework/fixture-homework.json", "--student", "alice");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Fixture homework", "set fixture-homework, student alice, 10 questions, 13 points",
        "L(w) = (w − 3)², start w₀ = 0, learning rate η = 0.1.", "  gd.table  (3 points)", "  sgd.neww  (2 points)",
        "      a) the sharpest direction", "descent check alice-fixture-homework.txt");
  }

  @Test
  void theSheetSaysHowToWriteEachKindOfAnswerItAsks() {
    Cli r = Cli.run("homework", "src/test/resources/homework/fixture-homework.json", "--student", "alice");

    assertThat(r.out()).contains("number      0.25", "vector      (1.2, -0.4)", "matrix      10 0; 0 26",
        "formula     2(w - 4)", "choice      the option's letter", "table       one line per step");
  }

  @Test
  void theAnswerFileFollowsTheSheetWithEveryQuestionAndTheTablesSteps() {
    Cli r = Cli.run("homework", "src/test/resources/homework/fixture-homework.json", "--student", "Alice",
        "--template");

    assertThat(r.out()).startsWith("# Fixture homework — answers of alice").contains("set: fixture-homework\n",
        "student: alice\n", "gd.dldw =\n", "gd.table =\n  1:\n  2:\n  3:\n", "bowl.limit =\n",
        "# bowl.grad: 2 numbers, such as (1, 2)", "# bowl.limit: one of a or b");
    assertThat(r.out()).doesNotContain("Problem gd");
  }

  @Test
  void theSameIdAlwaysGivesTheSameSheet() {
    Cli first = Cli.run("homework", "sgd-homework", "--student", "alice");
    Cli again = Cli.run("homework", "sgd-homework", "--student", "ALICE");

    assertThat(again.out()).isEqualTo(first.out());
  }

  @Test
  void anotherIdGivesOtherNumbers() {
    String alice = Cli.run("homework", "sgd-homework", "--student", "alice").out();
    String bob = Cli.run("homework", "sgd-homework", "--student", "bob").out();

    assertThat(bob.replace("bob", "X")).isNotEqualTo(alice.replace("alice", "X"));
  }

  @Test
  void answersSavesTheAnswerFileAndNeverOverwritesOneWithoutForce() throws IOException {
    Path file = dir.resolve("alice.txt");

    Cli saved = Cli.run("homework", "sgd-homework", "--student", "alice", "--answers", file.toString());
    Files.writeString(file, "set: sgd-homework\nstudent: alice\np1.pred = -2\n", StandardCharsets.UTF_8);
    Cli refused = Cli.run("homework", "sgd-homework", "--student", "alice", "--answers", file.toString());

    assertThat(saved.exit()).isZero();
    assertThat(saved.out()).contains("The answer file to fill in was saved as " + file);
    assertThat(refused.exit()).isEqualTo(Main.USAGE);
    assertThat(refused.err()).contains("already exists and may hold answers", "--force");
    assertThat(Files.readString(file)).contains("p1.pred = -2");
    assertThat(Cli.run("homework", "sgd-homework", "--student", "alice", "--answers", file.toString(), "--force")
        .exit()).isZero();
    assertThat(Files.readString(file)).contains("p1.pred =\n");
  }

  @Test
  void anUnknownSetListsTheSets() {
    Cli r = Cli.run("homework", "no-such-set", "--student", "alice");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("there is no exercise set \"no-such-set\"", "sgd-homework", "adaptive-homework");
  }

  @Test
  void aStudentIdWithSpacesIsRefused() {
    Cli r = Cli.run("homework", "sgd-homework", "--student", "alice smith");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("may hold only letters, digits");
  }
}
