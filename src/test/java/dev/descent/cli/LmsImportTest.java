package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade --into}: a class's totals of the fixture set go into a Canvas or a Moodle export written from
 * each system's documentation (src/test/resources/dev/descent/homework/lms/README.md). alice has every answer
 * right (13 of 13), bob lost gd.w1 and sgd.neww (10), carol gd.w1 (12); zed handed in a file but is in no
 * export; dan and Canvas's test student are in the export without a file.
 */
class LmsImportTest {
  private static final String SET = "src/test/resources/homework/fixture-homework.json";
  private static final Path SAMPLES = Path.of("src/test/resources/dev/descent/homework/lms");

  @TempDir Path dir;
  private Path handedIn;

  private static String answers(String student, String changes) {
    String right = "gd.dldw = 2w - 6\ngd.g0 = -6\ngd.w1 = 0.6\ngd.table =\n  1: 0.6, 5.76\n  2: 1.08, 3.6864\n"
        + "  3: 1.464, 2.359296\nsgd.grad = -2\nsgd.neww = 1.2\nadam.w1 = 0.9\nbowl.grad = (10, 26)\n"
        + "bowl.h = 10 0; 0 26\nbowl.limit = a\n";
    for (String change : changes.split(";")) {
      if (!change.isBlank()) {
        String key = change.substring(0, change.indexOf('='));
        right = right.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(key) + "=.*$", change.strip());
      }
    }
    return "set: fixture-homework\nstudent: " + student + "\n" + right;
  }

  private void handIn(String file, String student, String changes) throws IOException {
    Files.writeString(handedIn.resolve(file), answers(student, changes), StandardCharsets.UTF_8);
  }

  @BeforeEach
  void classFolder() throws IOException {
    handedIn = Files.createDirectory(dir.resolve("handed-in"));
  }

  private void canvasClass() throws IOException {
    handIn("alice.txt", "alice", "");
    handIn("bob.txt", "bob", "gd.w1 = -0.6;sgd.neww = 3");
    handIn("carol.txt", "carol", "gd.w1 = -0.6");
    handIn("zed.txt", "zed", "");
  }

  private static List<List<String>> csv(Path file) throws IOException {
    return Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static String column(List<List<String>> table, String header, int row) {
    int c = table.get(0).indexOf(header);
    return c < table.get(row).size() ? table.get(row).get(c) : "";
  }

  @Test
  void canvasMatchedOnTheLoginGetsTheAssignmentsColumnFilled() throws IOException {
    canvasClass();
    Path out = dir.resolve("canvas-filled.csv");

    Cli r = Cli.run("grade", SET, handedIn.toString(), "--into", SAMPLES.resolve("canvas-export.csv").toString(),
        "--column", "Homework 2", "--match", "login", "--csv", out.toString());

    List<List<String>> before = csv(SAMPLES.resolve("canvas-export.csv"));
    List<List<String>> after = csv(out);
    assertThat(after.get(0)).isEqualTo(before.get(0));
    assertThat(after).hasSameSizeAs(before);
    // Rows under the header: 1 Points Possible, 2 alice, 3 bob, 4 carol, 5 dan, 6 the formula, 7 the test student
    // (in the file, and so in the messages, lines 2 to 8).
    assertThat(column(after, "Homework 2 (1042)", 1)).isEqualTo("13");
    assertThat(column(after, "Homework 2 (1042)", 2)).isEqualTo("13");
    assertThat(column(after, "Homework 2 (1042)", 3)).isEqualTo("10");
    assertThat(column(after, "Homework 2 (1042)", 4)).isEqualTo("12");
    assertThat(column(after, "Homework 2 (1042)", 5)).isEmpty();
    assertThat(column(after, "Homework 1 (1041)", 2)).isEqualTo("9");
    assertThat(after.get(2).get(0)).isEqualTo("Liddell, Alice");
    assertThat(after.get(6).get(0)).isEqualTo("'=HYPERLINK(\"http://x.example\",\"Eve\")");
    assertThat(Files.readString(out)).contains("\r\n");
    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.out()).contains("\"Homework 2 (1042)\" was filled for 3 students, matched on --match login",
        "Students of the export with no graded answer file", "row 6 Smith, Dan (dan)",
        "row 7 =HYPERLINK(\"http://x.example\",\"Eve\") (eve)",
        "row 8 Student, Test: no SIS Login ID in the export",
        "Graded answer files whose student is not in the export", "zed.txt (student zed)");
  }

  @Test
  void moodleMatchedOnTheEmailAddressIgnoresCaseAndKeepsItsDashes() throws IOException {
    handIn("a.txt", "alice@uni.example", "");
    handIn("b.txt", "bob@uni.example", "gd.w1 = -0.6;sgd.neww = 3");
    Path out = dir.resolve("moodle-filled.csv");

    Cli r = Cli.run("grade", SET, handedIn.toString(), "--into", SAMPLES.resolve("moodle-export.csv").toString(),
        "--column", "Homework 2", "--match", "email", "--csv", out.toString());

    List<List<String>> after = csv(out);
    assertThat(column(after, "Assignment: Homework 2 (Real)", 1)).isEqualTo("13");
    assertThat(column(after, "Assignment: Homework 2 (Real)", 2)).isEqualTo("10");
    assertThat(column(after, "Assignment: Homework 2 (Real)", 3)).isEqualTo("-");
    assertThat(column(after, "Assignment: Homework 1 (Real)", 4)).isEqualTo("-");
    assertThat(after.get(2).get(5)).isEqualTo("Bob@Uni.Example");
    assertThat(r.out()).contains("filled for 2 students", "row 4 Carol Jones (carol@uni.example)",
        "row 5 Dan Smith (dan@uni.example)");
    assertThat(r.out()).doesNotContain("row 2 ", "row 3 ");
  }

  @Test
  void aColumnTheExportLacksIsAddedWithThePointsPossible() throws IOException {
    canvasClass();

    Cli r = Cli.run("grade", SET, handedIn.toString(), "--into", SAMPLES.resolve("canvas-export.csv").toString(),
        "--column", "Descent homework 3", "--match", "sis-id", "--csv", "-");

    List<List<String>> after = Csv.parse(r.out());
    assertThat(after.get(0)).last().isEqualTo("Descent homework 3");
    assertThat(after.get(1)).last().isEqualTo("13");
    // Matched on SIS User ID, which no answer file gives: nothing filled, everyone listed.
    assertThat(r.err()).contains("(added) was filled for 0 students", "alice.txt (student alice)");
  }

  @Test
  void aKeyTheExportHasNoColumnForIsRefusedBeforeGradingWithAHint() {
    Cli email = Cli.run("grade", SET, handedIn.toString(), "--into", SAMPLES.resolve("canvas-export.csv").toString(),
        "--column", "Homework 2", "--match", "email", "--csv", dir.resolve("x.csv").toString());
    Cli unknown = Cli.run("grade", SET, handedIn.toString(), "--into", SAMPLES.resolve("canvas-export.csv").toString(),
        "--column", "Homework 2", "--match", "name", "--csv", dir.resolve("x.csv").toString());

    assertThat(email.exit()).isEqualTo(Main.USAGE);
    assertThat(email.err()).contains("no column for --match email", "try --match login", "SIS Login ID");
    assertThat(unknown.err()).contains("--match takes email, login or sis-id");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void theOptionsGoTogether() {
    String export = SAMPLES.resolve("canvas-export.csv").toString();
    Cli noColumn = Cli.run("grade", SET, handedIn.toString(), "--into", export, "--match", "login", "--csv", "-");
    Cli noCsv = Cli.run("grade", SET, handedIn.toString(), "--into", export, "--column", "H", "--match", "login");
    Cli noInto = Cli.run("grade", SET, handedIn.toString(), "--column", "H");
    Cli folder = Cli.run("grade", SET, handedIn.toString(), "--into", dir.toString(), "--column", "H", "--match",
        "login", "--csv", "-");

    assertThat(noColumn.err()).contains("--into needs --column NAME");
    assertThat(noCsv.err()).contains("--into writes the filled export to --csv");
    assertThat(noInto.err()).contains("--column goes with --into");
    assertThat(folder.err()).contains("cannot read the export", "a folder");
    for (Cli c : List.of(noColumn, noCsv, noInto, folder)) {
      assertThat(c.exit()).isEqualTo(Main.USAGE);
    }
  }
}
