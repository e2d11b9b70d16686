package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escape sequences and invisible characters put into every place of outside origin — answer files,
 * file names, lesson files, typed input in plain mode, arguments — and run through every command of
 * the built launcher: nothing of them may come out raw, on standard output, standard error or in a
 * file descent writes (RawCharacters says what "raw" is, from the standards).
 */
class TerminalInjectionIT {
  /** Each attack, as a terminal would read it: clearing, the clipboard, links, device control, C1, overwriting, bidi. */
  static final List<String> CORPUS = List.of(
      "\u001b[2J\u001b[H",                                  // CSI: clear the screen, cursor home
      "\u001b]52;c;aGFja2Vk\u0007",                          // OSC 52: "hacked" into the clipboard
      "\u001b]8;;https://evil.example/\u001b\\link\u001b]8;;\u001b\\", // OSC 8: a hyperlink
      "\u001bP1$r\u001b\\",                                 // DCS: a device control string
      "\u009b31m\u009d0;title\u009c",                       // C1 CSI, OSC and ST
      c1(),                                                 // every C1 control
      "\u0007\u0008\u0008\u0008X\r",                         // BEL, backspaces and a carriage return that overwrite
      "\u007f\u000b\u000c",                                 // DEL, VT, FF
      "\u202eevil\u202c\u2066\u2067\u2068\u2069\u202a\u202b\u202d\u200e\u200f\u061c", // bidi overrides and isolates
      "\u200b\u200c\u200d\u2060\ufeff\u2028\u2029",          // zero-width characters, separators
      "\udb40\udc01\udb40\udc7f");                          // tag characters
  static final String ATTACK = String.join("", CORPUS);
  /** The attack as part of a file name: no slash, no NUL. */
  static final String IN_A_NAME = ATTACK.replace("/", "_");

  @TempDir Path dir;
  private Path data;

  @BeforeEach
  void dataFolder() {
    data = dir.resolve("data");
  }

  private static String c1() {
    StringBuilder sb = new StringBuilder();
    for (char c = 0x80; c <= 0x9f; c++) {
      sb.append(c);
    }
    return sb.toString();
  }

  private Launched descent(String input, String... args) {
    return Launched.run(Map.of("DESCENT_DATA_DIR", data.toString()), input, args);
  }

  private static void nothingRaw(Launched run, String what) {
    RawCharacters.assertNone(run.out(), what + ", standard output");
    RawCharacters.assertNone(run.err(), what + ", standard error");
    assertThat(run.exit()).as(what + ": exit code").isBetween(0, 2);
  }

  private static void nothingRaw(Path file) throws IOException {
    RawCharacters.assertNone(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file.toString());
  }

  /** An answer file for sgd-homework with the attack in every field, padded so that it still reads as text. */
  private static String hostileAnswers(String set, String student) {
    StringBuilder sb = new StringBuilder("set: " + set + "\nstudent: " + student + "\n");
    sb.append("name: ").append(ATTACK).append('\n');
    sb.append("name: ").append(ATTACK).append(" again\n");
    for (String a : CORPUS) {
      sb.append(a.replace("\r", "")).append("junk line\n");
      sb.append("p1.grad = ").append(a.replace("\r", "")).append('\n');
    }
    sb.append("p9.nothing = 1\n");
    sb.append("p1.pred ").append(ATTACK.replace("\r", "")).append('\n');
    sb.append("# ").append("padding so that the file is text, not binary. ".repeat(200)).append('\n');
    return sb.toString();
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void checkShowsEveryFieldOfAHostileAnswerFileVisibly() throws IOException {
    Path answers = write("answers.txt", hostileAnswers("sgd-homework", "alice"));
    nothingRaw(descent("", "check", answers.toString()), "check");
    nothingRaw(descent("", "check", answers.toString(), "--format", "json"), "check --format json");
    nothingRaw(descent("", "check", answers.toString(), "--student", "bob"), "check --student");
    nothingRaw(descent(Files.readString(answers), "check", "-"), "check -");
    nothingRaw(descent("", "check", write("set.txt", hostileAnswers(ATTACK.replace("\r", ""), "alice")).toString()),
        "check, attack in set:");
    nothingRaw(descent("", "check", write("student.txt", hostileAnswers("sgd-homework", ATTACK.replace("\r", "")))
        .toString()), "check, attack in student:");
    nothingRaw(descent("", "check", write("a" + IN_A_NAME + ".txt", "set: sgd-homework\nstudent: alice\n")
        .toString()), "check, attack in the file's name");
    nothingRaw(descent("", "check", "--student", ATTACK, answers.toString()), "check, attack in --student");
    nothingRaw(descent("", "check", dir.resolve("missing" + IN_A_NAME).toString()), "check, a missing file");
  }

  @Test
  void gradeShowsHostileFilesAndFileNamesVisiblyOnScreenAndInTheGradebook() throws IOException {
    Path handedIn = dir.resolve("handed-in");
    write("handed-in/alice.txt", hostileAnswers("sgd-homework", "alice"));
    write("handed-in/bob" + IN_A_NAME + ".txt", "set: sgd-homework\nstudent: bob\nname: " + ATTACK + "\n");
    write("handed-in/carol\nmallory  22.txt", "set: sgd-homework\nstudent: carol\n");
    write("handed-in/dave.txt", hostileAnswers("sgd-homework", ATTACK.replace("\r", "")));
    Launched summary = descent("", "grade", "sgd-homework", handedIn.toString());
    nothingRaw(summary, "grade");
    assertThat(summary.out().lines()).as("no line may be forged by a file name").noneMatch(l -> l.startsWith("mallory"));
    Path csv = dir.resolve("grades.csv");
    nothingRaw(descent("", "grade", "sgd-homework", handedIn.toString(), "--csv", csv.toString()), "grade --csv");
    nothingRaw(csv);
    assertThat(Files.readString(csv).split("\r\n")).noneMatch(l -> l.startsWith("mallory"));
    nothingRaw(descent("", "grade", "sgd-homework", handedIn.toString(), "--csv", "-"), "grade --csv -");
    nothingRaw(descent("", "grade", ATTACK, handedIn.toString()), "grade, attack as the set");
    nothingRaw(descent("", "grade", "sgd-homework", dir.resolve(IN_A_NAME).toString()), "grade, attack as the folder");
  }

  /** An exercise file with the attack in every text a lesson has, and in ids where ids are free text. */
  private Path hostileLesson(String name, boolean broken) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode().put("format", 1).put("kind", "exercises").put("id", "evil-set")
        .put("title", "Evil " + ATTACK + "\u0000").put("summary", ATTACK);
    ArrayNode pages = root.putArray("pages");
    pages.addObject().put("type", "text").put("title", ATTACK).putArray("text").add(ATTACK).add("    " + ATTACK);
    ObjectNode problem = pages.addObject().put("type", "problem").put("id", "p1").put("title", ATTACK);
    problem.putArray("text").add("Numbers " + ATTACK + " {x}");
    problem.putObject("variables").put("x", 2);
    ArrayNode questions = problem.putArray("questions");
    ObjectNode q = questions.addObject().put("id", "sq").put("kind", "number").put("prompt", ATTACK + " x^2?")
        .put("explain", ATTACK);
    q.putObject("answer").put("compute", "formula").put("expr", "x^2");
    q.putArray("hints").add(ATTACK);
    ObjectNode choice = questions.addObject().put("id", "pick").put("kind", "choice").put("prompt", ATTACK);
    choice.putObject("answer").put("compute", "fixed").putArray("correct").add("a");
    ArrayNode options = choice.putArray("choices");
    options.addObject().put("id", "a").put("text", ATTACK);
    options.addObject().put("id", "b").put("text", "plain");
    if (broken) {
      q.put("unknown" + ATTACK, 1);
      q.putObject("answer").put("compute", ATTACK);
    }
    return write(name, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  @Test
  void lessonTextIsShownVisiblyByKeyHomeworkCheckAndValidate() throws IOException {
    Path lesson = hostileLesson("evil.json", false);
    nothingRaw(descent("", "validate", lesson.toString()), "validate");
    nothingRaw(descent("", "validate", hostileLesson("broken.json", true).toString()), "validate, broken file");
    nothingRaw(descent("", "key", lesson.toString()), "key");
    nothingRaw(descent("", "key", hostileLesson("broken2.json", true).toString()), "key, broken file");
    nothingRaw(descent("", "homework", lesson.toString(), "--student", "alice"), "homework");
    Path template = dir.resolve("alice-evil.txt");
    nothingRaw(descent("", "homework", lesson.toString(), "--student", "alice", "--answers", template.toString()),
        "homework --answers");
    nothingRaw(template);
    Files.writeString(template, "set: evil-set\nstudent: alice\np1.sq = 4\np1.pick = " + ATTACK.replace("\r", "")
        + "\n", StandardCharsets.UTF_8);
    nothingRaw(descent("", "check", template.toString(), "--course", lesson.toString()), "check --course");
    nothingRaw(descent("", "check", template.toString(), "--course", lesson.toString(), "--format", "json"),
        "check --course --format json");
  }

  @Test
  void argumentsAreEchoedVisiblyInEveryMessage() {
    List<String[]> lines = new ArrayList<>(List.of(
        new String[] {"trace", "--f", "w^2" + ATTACK, "--start", "w=0", "--eta", "0.1"},
        new String[] {"trace", "--f", "w^2", "--start", "w=0," + ATTACK + "=1", "--eta", "0.1"},
        new String[] {"trace", "--f", "w^2", "--start", "w=" + ATTACK, "--eta", "0.1"},
        new String[] {"trace", "--f", "w^2", "--start", "w=0", "--eta", "0.1", "--optimizer", ATTACK},
        new String[] {"trace", "--f", "w^2", "--start", "w=0", "--eta", "0.1", "--schedule", ATTACK},
        new String[] {"trace", "--f", "w^2", "--start", "w=0", "--eta", "0.1", "--format", "json", "--steps", "1"},
        new String[] {"trace", "--" + ATTACK},
        new String[] {"hessian", "--f", ATTACK, "--at", "x=0"},
        new String[] {"hessian", "--f", "x^2", "--at", "x=0", "--format", ATTACK},
        new String[] {"key", ATTACK},
        new String[] {"key", "sgd-homework", "--student", ATTACK},
        new String[] {"homework", "sgd-homework", "--student", ATTACK},
        new String[] {"homework", ATTACK, "--student", "alice"},
        new String[] {"validate", ATTACK},
        new String[] {ATTACK},
        new String[] {"learn", ATTACK, "--plain"}));
    for (String[] line : lines) {
      nothingRaw(descent("", line), String.join(" ", line));
    }
  }

  @Test
  void plainModeShowsTypedInputLearnerIdsAndProgressVisibly() throws IOException {
    String typed = Stream.of(":" + ATTACK, ATTACK, "1", "", "", "", ATTACK, ":" + ATTACK, ":hint", "2(w-3)" + ATTACK,
        ":quit").map(s -> s.replace("\r", "")).reduce("", (a, b) -> a + b + "\n");
    nothingRaw(descent(typed, "--plain", "--learner", ATTACK), "plain mode, attack as learner and input");
    nothingRaw(descent(typed, "learn", "1", "--plain"), "learn --plain");
    nothingRaw(descent("", "list", "--learner", ATTACK), "list");
    nothingRaw(descent("", "list", "--learner", ATTACK, "--format", "json"), "list --format json");
    nothingRaw(descent(typed, "learn", "1", "--plain", "--data-dir", dir.resolve(IN_A_NAME).toString()),
        "learn, attack in the data folder's name");
    try (Stream<Path> files = Files.walk(data)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        nothingRaw(f);
      }
    }
  }
}
