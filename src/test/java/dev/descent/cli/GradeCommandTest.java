package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code descent grade} on a class of answer files for the fixture set, whose answers are worked by hand
 * in {@link CheckCommandTest}: the CSV gradebook read back as a spreadsheet would, the mistakes summary,
 * and every kind of file that is left out.
 */
class GradeCommandTest {
  private static final String COURSE = "src/test/resources/homework";
  private static final String SET = COURSE + "/fixture-homework.json";
  private static final List<String> QUESTIONS = List.of("gd.dldw", "gd.g0", "gd.w1", "gd.table", "sgd.grad",
      "sgd.neww", "adam.w1", "bowl.grad", "bowl.h", "bowl.limit");

  @TempDir Path dir;
  private Path handedIn;

  @BeforeEach
  void folder() throws IOException {
    handedIn = Files.createDirectory(dir.resolve("handed-in"));
  }

  /** An answer file of {@code student} with the right answers, and {@code changes} (an empty value leaves one out). */
  private static String answers(String set, String student, Map<String, String> changes) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("gd.dldw", "2w - 6");
    a.put("gd.g0", "-6");
    a.put("gd.w1", "0.6");
    a.put("gd.table", "\n  1: 0.6, 5.76\n  2: 1.08, 3.6864\n  3: 1.464, 2.359296");
    a.put("sgd.grad", "-2");
    a.put("sgd.neww", "1.2");
    a.put("adam.w1", "0.9");
    a.put("bowl.grad", "(10, 26)");
    a.put("bowl.h", "[[10, 0], [0, 26]]");
    a.put("bowl.limit", "a");
    a.putAll(changes);
    StringBuilder sb = new StringBuilder("set: " + set + "\nstudent: " + student + "\n");
    a.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
    return sb.toString();
  }

  private Path write(String name, String text) throws IOException {
    Path f = handedIn.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  /** A class: two right, two with usual mistakes (one in an LMS-style subfolder), and one with a broken line. */
  private void cleanClass() throws IOException {
    write("alice.txt", answers("fixture-homework", "alice", Map.of()));
    write("bob.txt", answers("fixture-homework", "bob", Map.of("gd.w1", "-0.6", "sgd.neww", "3")));
    write("Carol Jones_4711/carol-answers.txt", answers("fixture-homework", "carol", Map.of("gd.w1", "-0.6")));
    write("dave.txt", answers("fixture-homework", "dave", Map.of("adam.w1", "0.6837722", "gd.table", "")));
    write("erin.txt", answers("fixture-homework", "erin", Map.of()) + "name: Erin, \"E\" O'Neil\n");
  }

  /** The graded rows by student. */
  private Map<String, List<String>> rowsByStudent(List<List<String>> csv) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    int status = csv.get(0).indexOf("status");
    for (List<String> row : csv.subList(1, csv.size())) {
      if (row.get(status).equals("graded")) {
        out.put(row.get(0), row);
      }
    }
    return out;
  }

  /** Every row by file. */
  private Map<String, List<String>> rowsByFile(List<List<String>> csv) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    int file = csv.get(0).indexOf("file");
    for (List<String> row : csv.subList(1, csv.size())) {
      out.put(row.get(file), row);
    }
    return out;
  }

  private static String last(List<String> row) {
    return row.get(row.size() - 1);
  }

  private static double cell(List<String> header, List<String> row, String column) {
    return Double.parseDouble(row.get(header.indexOf(column)));
  }

  @Test
  void theGradebookHasOneRowPerStudentAndOneColumnPerQuestionPlusTheTotal() throws IOException {
    cleanClass();
    Path csv = dir.resolve("grades.csv");

    Cli r = Cli.run("grade", SET, handedIn.toString(), "--csv", csv.toString());

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    List<List<String>> table = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
    List<String> header = table.get(0);
    assertThat(header).containsExactly("student", "name", "gd.dldw", "gd.g0", "gd.w1", "gd.table", "sgd.grad",
        "sgd.neww", "adam.w1", "bowl.grad", "bowl.h", "bowl.limit", "total", "status", "file", "notes");
    Map<String, List<String>> rows = rowsByStudent(table);
    assertThat(rows.keySet()).containsExactly("alice", "bob", "carol", "dave", "erin");
    assertThat(table).allSatisfy(row -> assertThat(row).hasSize(header.size()));
    // 13 points in all; bob lost gd.w1 (1) and sgd.neww (2); carol gd.w1; dave adam.w1 (1) and the table (3).
    assertThat(cell(header, rows.get("alice"), "total")).isEqualTo(13);
    assertThat(cell(header, rows.get("bob"), "total")).isEqualTo(10);
    assertThat(cell(header, rows.get("carol"), "total")).isEqualTo(12);
    assertThat(cell(header, rows.get("dave"), "total")).isEqualTo(9);
    assertThat(cell(header, rows.get("bob"), "sgd.neww")).isZero();
    assertThat(cell(header, rows.get("alice"), "gd.table")).isEqualTo(3);
    for (List<String> row : rows.values()) {
      double sum = QUESTIONS.stream().mapToDouble(q -> cell(header, row, q)).sum();
      assertThat(cell(header, row, "total")).isCloseTo(sum, within(1e-9));
    }
    assertThat(rows.get("carol").get(header.indexOf("file"))).isEqualTo(Path.of("Carol Jones_4711",
        "carol-answers.txt").toString());
    assertThat(rows.get("erin").get(header.indexOf("name"))).isEqualTo("Erin, \"E\" O'Neil");
  }

  @Test
  void theSummaryNamesTheMostFrequentMistakesPerQuestion() throws IOException {
    cleanClass();

    Cli r = Cli.run("grade", SET, handedIn.toString(), "--csv", dir.resolve("grades.csv").toString());

    assertThat(r.out()).contains("Fixture homework (fixture-homework): 5 students graded", "Mean 11.4 of 13 points; "
        + "2 with full marks.");
    assertThat(r.out()).containsPattern("gd\\.w1 +3 right, 2 wrong\\n +2 +added-gradient: ")
        .containsPattern("sgd\\.neww +4 right, 1 wrong\\n +1 +forgot-learning-rate: ")
        .containsPattern("adam\\.w1 +4 right, 1 wrong\\n +1 +forgot-bias-correction: ")
        .containsPattern("gd\\.table +4 right, 1 missing");
    assertThat(r.out().substring(0, r.out().indexOf("Item analysis"))).doesNotContain("gd.dldw ");
  }

  @Test
  void badFilesAreListedAndLeftOutAndTheRestIsGraded() throws IOException {
    cleanClass();
    write("frank.txt", answers("sgd-homework", "frank", Map.of()));
    Files.write(handedIn.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
    write("nobody.txt", "set: fixture-homework\ngd.g0 = -6\n");
    write("empty.txt", "");
    Path old = write("alice-first-try.txt", answers("fixture-homework", "alice", Map.of("gd.g0", "6")));
    Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    write("zed.txt", answers("fixture-homework", "yann", Map.of()));
    write("broken.txt", answers("fixture-homework", "gus", Map.of()) + "sgd.grad 12\ngd.nothing = 1\n");
    write(".DS_Store", "\u0000\u0001");
    Path csv = handedIn.resolve("grades.csv");

    Cli r = Cli.run("grade", SET, handedIn.toString(), "--csv", csv.toString());
    Cli again = Cli.run("grade", SET, handedIn.toString(), "--csv", csv.toString());

    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.out()).contains("Files not graded:",
        "alice-first-try.txt: another file of alice, alice.txt, is newer and was graded instead",
        "empty.txt: it is empty", "frank.txt: line 1: it is for the set sgd-homework, not fixture-homework",
        "nobody.txt: it names no student", "scan.pdf: it is not a text file");
    assertThat(r.out()).contains("Problems in graded files", "zed.txt: line 2: the file's name zed.txt does not "
        + "mention yann", "broken.txt: line 16: put '=' between",
        "broken.txt: line 17: there is no question gd.nothing");
    assertThat(r.out()).doesNotContain(".DS_Store");
    List<List<String>> table = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
    Map<String, List<String>> rows = rowsByStudent(table);
    assertThat(rows.keySet()).containsExactly("alice", "bob", "carol", "dave", "erin", "gus", "yann");
    assertThat(rows.get("alice")).contains("alice.txt", "13");
    assertThat(rows.get("gus").get(rows.get("gus").size() - 1)).contains("line 16:", "line 17:");
    assertThat(again.out()).doesNotContain("grades.csv:");
    // Every file has a row: the files that could not be graded say why, with the student when the file names one.
    List<String> header = table.get(0);
    Map<String, List<String>> files = rowsByFile(table);
    assertThat(files.keySet()).containsExactlyInAnyOrder("alice.txt", "alice-first-try.txt", "bob.txt",
        Path.of("Carol Jones_4711", "carol-answers.txt").toString(), "dave.txt", "erin.txt", "frank.txt", "scan.pdf",
        "nobody.txt", "empty.txt", "zed.txt", "broken.txt");
    assertThat(files.get("frank.txt")).containsSubsequence("frank", "not graded", "frank.txt");
    assertThat(last(files.get("frank.txt"))).startsWith("line 1: it is for the set sgd-homework, not fixture-homework");
    assertThat(files.get("scan.pdf")).containsSubsequence("", "not graded", "scan.pdf");
    assertThat(last(files.get("scan.pdf"))).startsWith("it is not a text file");
    assertThat(files.get("empty.txt").get(header.indexOf("total"))).isEmpty();
    // alice handed in twice: her older file is flagged and does not count; the newer one says so.
    assertThat(files.get("alice-first-try.txt")).containsSubsequence("alice", "older file", "alice-first-try.txt");
    assertThat(last(files.get("alice-first-try.txt"))).contains("alice.txt, is newer and was graded instead");
    assertThat(files.get("alice-first-try.txt").get(header.indexOf("gd.g0"))).isEmpty();
    assertThat(files.get("alice.txt").get(header.indexOf("notes"))).contains("alice handed in 2 files",
        "alice-first-try.txt");
    // Rows go by student, a student's files together, and files naming no student last.
    List<String> students = table.subList(1, table.size()).stream().map(row -> row.get(0)).toList();
    assertThat(students).startsWith("alice", "alice", "bob").endsWith("", "", "");
  }

  @Test
  void reportWritesTheItemAnalysisAsJsonAndTheScreenShowsItsTable() throws IOException {
    cleanClass();
    Path json = dir.resolve("analysis.json");

    Cli r = Cli.run("grade", SET, handedIn.toString(), "--report", json.toString());
    Cli piped = Cli.run("grade", SET, handedIn.toString(), "--report", "-");

    // Five students; totals 13, 10, 12, 9, 13 (see theGradebookHasOne…): mean 57/5 = 11.4, median 12.
    com.fasterxml.jackson.databind.JsonNode a = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
    assertThat(a.get("set").get("students").asInt()).isEqualTo(5);
    assertThat(a.get("set").get("mean").asDouble()).isEqualTo(11.4);
    assertThat(a.get("set").get("median").asDouble()).isEqualTo(12);
    assertThat(a.get("questions")).hasSize(QUESTIONS.size());
    com.fasterxml.jackson.databind.JsonNode w1 = a.get("questions").get(QUESTIONS.indexOf("gd.w1"));
    // gd.w1: bob and carol added the gradient, the other three were right: facility 3/5.
    assertThat(w1.get("id").asText()).isEqualTo("gd.w1");
    assertThat(w1.get("facility").asDouble()).isEqualTo(0.6);
    assertThat(w1.get("blank").asInt()).isZero();
    assertThat(w1.get("mistakes").get(0).get("id").asText()).isEqualTo("added-gradient");
    assertThat(w1.get("mistakes").get(0).get("count").asInt()).isEqualTo(2);
    assertThat(w1.get("mistakes").get(0).get("sentence").asText()).isNotBlank();
    // gd.dldw: everyone right, so it does not discriminate at all.
    assertThat(a.get("questions").get(0).get("discrimination").isNull()).isTrue();
    assertThat(a.get("questions").get(QUESTIONS.indexOf("gd.table")).get("blank").asInt()).isEqualTo(1);
    assertThat(r.out()).contains("Item analysis", "facility", "discrimination", "Cronbach's alpha")
        .containsPattern("gd\\.w1 +1 +0\\.60 ");
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(piped.out())).isEqualTo(a);
    assertThat(piped.err()).contains("Item analysis");
  }

  @Test
  void aNameThatASpreadsheetWouldRunAsAFormulaIsKeptAsText() throws IOException {
    write("alice.txt", answers("fixture-homework", "alice", Map.of()) + "name: =HYPERLINK(\"http://x\")\n");

    Cli r = Cli.run("grade", SET, handedIn.toString(), "--csv", "-");

    assertThat(Csv.parse(r.out()).get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
  }

  @Test
  void theGradebookCanGoToStandardOutputWithTheSummaryOnStandardError() throws IOException {
    cleanClass();

    Cli r = Cli.run("grade", SET, handedIn.toString(), "--csv", "-");

    assertThat(Csv.parse(r.out())).hasSize(6);
    assertThat(r.err()).contains("5 students graded");
  }

  @Test
  void aSetOfTheCourseIsNamedByItsIdAndAnswerFilesOfOtherSetsAreLeftOut() throws IOException {
    cleanClass();

    Cli r = Cli.run("grade", "sgd-homework", handedIn.toString());

    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.out()).contains("0 students graded", "No answer file for sgd-homework was found",
        "alice.txt: line 1: it is for the set fixture-homework, not sgd-homework");
  }

  @Test
  void anUnknownSetOrAMissingFolderGradesNothing() {
    Cli unknownSet = Cli.run("grade", "no-such-set", handedIn.toString(), "--csv", dir.resolve("g.csv").toString());
    Cli noFolder = Cli.run("grade", SET, dir.resolve("nothing").toString(), "--csv", dir.resolve("g.csv").toString());

    assertThat(unknownSet.exit()).isEqualTo(Main.USAGE);
    assertThat(unknownSet.err()).contains("there is no exercise set \"no-such-set\"");
    assertThat(noFolder.exit()).isEqualTo(Main.USAGE);
    assertThat(noFolder.err()).contains("no such folder");
    assertThat(dir.resolve("g.csv")).doesNotExist();
  }

  @Test
  void aGradebookThatCannotBeWrittenIsAnError() throws IOException {
    cleanClass();

    Cli r = Cli.run("grade", SET, handedIn.toString(), "--csv", dir.resolve("no/such/folder/g.csv").toString());

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("cannot write the gradebook");
  }
}
