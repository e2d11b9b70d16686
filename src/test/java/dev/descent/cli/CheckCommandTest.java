package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole homework flow on the fixture set, whose numbers are fixed so that every answer is a hand
 * computation: L(w) = (w − 3)² from w₀ = 0 at η = 0.1 gives dL/dw = 2w − 6, −6 at w₀, w₁ = 0.6 and the
 * rows (0.6, 5.76), (1.08, 3.6864), (1.464, 2.359296); the linear SGD step at w = 1, x = 2, y = 3, η = 0.1
 * has gradient (2 − 3)·2 = −2 and new weight 1.2; Adam's first step from w = 1 moves by η to 0.9 (m̂ = g,
 * v̂ = g²); f = 5x² + 13y² has gradient (10, 26) at (1, 1) and Hessian [[10, 0], [0, 26]].
 */
class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COURSE = "src/test/resources/homework";
  /** The fixture's points: seven questions of 1, the table's 3 and the new weight's 2. */
  private static final double MAX = 13;

  /** The key of the fixture, worked by hand (see the class comment). */
  static final Map<String, String> KEY = Map.of(
      "gd.dldw", "2(w - 3)",
      "gd.g0", "-6",
      "gd.w1", "0.6",
      "sgd.grad", "-2",
      "sgd.neww", "1.2",
      "adam.w1", "0.9",
      "bowl.grad", "(10, 26)",
      "bowl.h", "10 0; 0 26",
      "bowl.limit", "a");
  static final List<String> TABLE = List.of("0.6, 5.76", "1.08, 3.6864", "1.464, 2.359296");

  @TempDir Path dir;

  private Path template(String student) {
    Path file = dir.resolve(student + "-fixture-homework.txt");
    Cli r = Cli.run("homework", COURSE + "/fixture-homework.json", "--student", student, "--answers", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return file;
  }

  /** The template with each answer of {@code answers} after its id, and {@code rows} in the table's step lines. */
  static String fill(Path template, Map<String, String> answers, List<String> rows) throws IOException {
    List<String> out = new ArrayList<>();
    int row = 0;
    boolean inTable = false;
    for (String line : Files.readAllLines(template, StandardCharsets.UTF_8)) {
      String key = line.endsWith(" =") ? line.substring(0, line.length() - 2) : null;
      if (key != null && answers.containsKey(key)) {
        out.add(line + " " + answers.get(key));
      } else if (inTable && line.matches("  \\d+:") && row < rows.size()) {
        out.add(line + " " + rows.get(row++));
      } else {
        out.add(line);
      }
      inTable = key != null && key.equals("gd.table") || inTable && line.startsWith("  ");
    }
    return String.join("\n", out) + "\n";
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static Cli check(Path file, String... more) {
    List<String> args = new ArrayList<>(List.of("check", file.toString(), "--course", COURSE));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static JsonNode json(Path file, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of(more));
    args.addAll(List.of("--format", "json"));
    return JSON.readTree(check(file, args.toArray(String[]::new)).out());
  }

  private static JsonNode question(JsonNode report, String id) {
    for (JsonNode q : report.get("questions")) {
      if (q.get("id").asText().equals(id)) {
        return q;
      }
    }
    throw new AssertionError("no question " + id + " in " + report);
  }

  @Test
  void theTemplateFilledWithTheKeyIsAllRight() throws IOException {
    Path answers = write("alice.txt", fill(template("alice"), KEY, TABLE));

    Cli r = check(answers);

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("Total: 13 of 13 points. 10 right.");
  }

  @Test
  void theJsonReportOfAllRightAnswersHasFullPoints() throws IOException {
    Path answers = write("alice.txt", fill(template("alice"), KEY, TABLE));

    JsonNode j = json(answers);

    assertThat(j.get("readable").asBoolean()).isTrue();
    assertThat(j.get("set").asText()).isEqualTo("fixture-homework");
    assertThat(j.get("student").asText()).isEqualTo("alice");
    assertThat(j.get("points").asDouble()).isEqualTo(MAX);
    assertThat(j.get("max").asDouble()).isEqualTo(MAX);
    assertThat(j.get("allRight").asBoolean()).isTrue();
    assertThat(j.get("questions")).hasSize(10).allSatisfy(q -> assertThat(q.get("status").asText()).isEqualTo("right"));
    assertThat(j.get("problems")).isEmpty();
  }

  @Test
  void anUntouchedTemplateIsAllMissing() throws IOException {
    JsonNode j = json(template("alice"));

    assertThat(j.get("counts").get("missing").asInt()).isEqualTo(10);
    assertThat(j.get("points").asDouble()).isZero();
    assertThat(j.get("problems")).isEmpty();
    assertThat(check(template("bob")).exit()).isEqualTo(Main.FAILED);
  }

  @Test
  void usualMistakesAreEachReportedByName() throws IOException {
    // Added the gradient: 0 + 0.1·(−6) = −0.6. Forgot the rate: 1 − (−2) = 3. Forgot the chain rule's x:
    // the gradient is the error, 2 − 3 = −1. Forgot Adam's bias correction: 1 − 0.1·0.2/√0.004 = 0.6837722.
    // The sign of the gradient: +6.
    Map<String, String> slips = new java.util.HashMap<>(KEY);
    slips.put("gd.w1", "-0.6");
    slips.put("sgd.neww", "3");
    slips.put("sgd.grad", "-1");
    slips.put("adam.w1", "0.6837722");
    slips.put("gd.g0", "6");
    Path answers = write("alice.txt", fill(template("alice"), slips, TABLE));

    Cli r = check(answers);
    JsonNode j = json(answers);

    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(question(j, "gd.w1").get("mistake").asText()).isEqualTo("added-gradient");
    assertThat(question(j, "sgd.neww").get("mistake").asText()).isEqualTo("forgot-learning-rate");
    assertThat(question(j, "sgd.grad").get("mistake").asText()).isEqualTo("forgot-chain-rule-x");
    assertThat(question(j, "adam.w1").get("mistake").asText()).isEqualTo("forgot-bias-correction");
    assertThat(question(j, "gd.g0").get("mistake").asText()).isEqualTo("gradient-sign");
    assertThat(r.out()).contains("wrong (line", "added-gradient", "forgot-learning-rate", "forgot-chain-rule-x",
        "forgot-bias-correction", "Total: 7 of 13 points.");
  }

  @Test
  void aTableWithOneWrongRowEarnsCreditForTheRowsRightFromIt() throws IOException {
    // Row 2 is wrong (1.2 instead of 1.08); row 3 follows from it: 1.2 − 0.1·2·(1.2 − 3) = 1.56, (1.56 − 3)² = 2.0736.
    Path answers = write("alice.txt", fill(template("alice"), KEY, List.of("0.6, 5.76", "1.2, 3.24", "1.56, 2.0736")));

    JsonNode table = question(json(answers), "gd.table");

    assertThat(table.get("status").asText()).isEqualTo("partly");
    assertThat(table.get("earned").asDouble()).isEqualTo(2);
    assertThat(table.get("rows")).extracting(row -> row.get("status").asText())
        .containsExactly("right", "wrong", "carried");
    assertThat(table.get("rows").get(1).get("line").asInt()).isPositive();
  }

  @Test
  void brokenLinesAreReportedByNumberAndEverythingElseIsGraded() throws IOException {
    Path answers = write("alice.txt", """
        set: fixture-homework
        student: alice
        gd.dldw = 2(w - 3)
        gd.g0 = minus six
        gd.w1 = 0.6
        gd.w9 = 1
        sgd.grad -2
        sgd.neww = 1.2
        sgd.neww = 1.3
        adam.w1 = 0.9
        bowl.grad = (10, 26, 1)
        bowl.h = 10 0; 0 26
        bowl.limit = a
        gd.table =
          1: 0.6, 5.76
          2: 1.08, 3.6864
          3: 1.464, two
          4: 1, 1
        """);

    JsonNode j = json(answers);
    Cli r = check(answers);

    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(j.get("problems")).extracting(p -> p.get("line").asInt()).containsExactly(6, 7, 9, 17, 18);
    assertThat(r.out()).contains("line 6: there is no question gd.w9 in fixture-homework; did you mean gd.w1?",
        "line 7: put '=' between the question id and the answer: sgd.grad = -2",
        "line 9: sgd.neww is answered 2 times (lines 8, 9) with different answers",
        "line 17: step 3 of gd.table", "line 18: gd.table has no step 4");
    assertThat(question(j, "gd.g0").get("status").asText()).isEqualTo("unreadable");
    assertThat(question(j, "gd.g0").get("line").asInt()).isEqualTo(4);
    assertThat(question(j, "sgd.grad").get("status").asText()).isEqualTo("missing");
    assertThat(question(j, "sgd.neww").get("status").asText()).isEqualTo("unreadable");
    assertThat(question(j, "bowl.grad").get("status").asText()).isEqualTo("unreadable");
    assertThat(question(j, "gd.table").get("status").asText()).isEqualTo("partly");
    // Right: gd.dldw, gd.w1, adam.w1, bowl.h, bowl.limit (5 points), and two of the table's three rows (2 points).
    assertThat(j.get("points").asDouble()).isEqualTo(7);
  }

  @Test
  void aMatrixMayBeWrittenOneRowALine() throws IOException {
    Path answers = write("alice.txt", "set: fixture-homework\nstudent: alice\nbowl.h =\n  10 0\n  0 26\n");

    assertThat(question(json(answers), "bowl.h").get("status").asText()).isEqualTo("right");
  }

  @Test
  void repeatingTheSameAnswerIsReportedButGraded() throws IOException {
    Path answers = write("alice.txt", "set: fixture-homework\nstudent: alice\ngd.g0 = -6\ngd.g0 = -6\n");

    JsonNode j = json(answers);

    assertThat(question(j, "gd.g0").get("status").asText()).isEqualTo("right");
    assertThat(j.get("problems")).singleElement().satisfies(p -> assertThat(p.get("line").asInt()).isEqualTo(4));
  }

  @Test
  void aFileForAnotherStudentIsReportedAndGradedWithTheExpectedStudentsNumbers() throws IOException {
    Path answers = write("bob.txt", fill(template("alice"), KEY, TABLE));

    Cli r = check(answers, "--student", "Bob");

    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.out()).contains("student bob", "the file is for student alice, not bob");
  }

  @Test
  void answersMayComeFromStandardInput() throws IOException {
    String text = fill(template("alice"), KEY, TABLE);

    Cli r = Cli.runWithInput(text, "check", "-", "--course", COURSE);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("answers: (standard input)");
  }

  @Test
  void aMissingFileCannotBeGraded() {
    Cli r = check(dir.resolve("nothing.txt"));

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void aFolderCannotBeGraded() {
    assertThat(check(dir).err()).contains("is a folder");
  }

  @Test
  void aBinaryFileCannotBeGradedAndJsonSaysSo() throws IOException {
    Path png = dir.resolve("photo.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});

    Cli r = check(png, "--format", "json");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("readable").asBoolean()).isFalse();
    assertThat(j.get("error").asText()).contains("not a text file");
  }

  @Test
  void anEmptyFileCannotBeGraded() throws IOException {
    assertThat(check(write("empty.txt", "\n\n")).err()).contains("it is empty");
  }

  @Test
  void aFileWithoutSetOrStudentCannotBeGraded() throws IOException {
    assertThat(check(write("a.txt", "student: alice\ngd.g0 = -6\n")).err()).contains("names no exercise set");
    assertThat(check(write("b.txt", "set: fixture-homework\ngd.g0 = -6\n")).err()).contains("names no student");
    assertThat(check(write("c.txt", "set: fixture-homework\nstudent: alice smith\n")).err())
        .contains("line 2: the student id 'alice smith'");
  }

  @Test
  void aFileForAnUnknownSetCannotBeGradedAndTheSetsAreListed() throws IOException {
    Cli r = check(write("a.txt", "set: no-such-homework\nstudent: alice\n"));

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("line 1: there is no exercise set \"no-such-homework\"", "fixture-homework",
        "sgd-homework");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aFileOfAMillionLinesIsReadToTheLimitAndGraded() throws IOException {
    Path huge = dir.resolve("huge.txt");
    try (var w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      w.write("set: fixture-homework\nstudent: alice\ngd.g0 = -6\n");
      for (int i = 0; i < 1_000_000; i++) {
        w.write("gd.w1 = 0.6\n");
      }
    }

    JsonNode j = json(huge);

    assertThat(question(j, "gd.g0").get("status").asText()).isEqualTo("right");
    assertThat(question(j, "gd.w1").get("status").asText()).isEqualTo("right");
    assertThat(j.get("problems")).extracting(p -> p.get("message").asText())
        .anySatisfy(m -> assertThat(m).contains("gd.w1 is answered 9,997 times"))
        .anySatisfy(m -> assertThat(m).contains("more than 10,000 lines"));
  }
}
