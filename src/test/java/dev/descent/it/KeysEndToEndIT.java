package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.ui.LessonMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar's full-screen course in tmux, one test per defect of issue 11 that the keys and the
 * answers on screen caused (items 2 to 12, and the first start). Each learner's earlier work is written
 * as a progress file first, in the documented format, so that a test starts on its page with no keys
 * pressed. Pages and questions are named by problem id and found by {@link LessonMap}. Lesson 1
 * ("update-rule"): its page "by-hand" asks for dL/dw of (w − 3)² (2(w − 3); w − 3 drops the factor 2) and
 * w₁ = 0.6 from w = 0 at η = 0.1 with slope −6; "predict-one" predicts η = 1 (c: it oscillates); "diverge"
 * asks the factor 1 − 2η = −3 at η = 2, w₁ = 12 and w₂ = −24. Lesson 2's page "run-a": the table
 * w_k = 2 − 2·0.4^k, L = (w − 2)² + 1 (notes 004) to five significant digits.
 */
class KeysEndToEndIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration REPLY = Duration.ofSeconds(10);
  private static final String RIGHT_ROWS = "1.2 1.64 1.68 1.1024 1.872 1.016384 1.9488 1.00262144 1.97952 "
      + "1.0004194304 1.991808 1.000067108864 1.9967232 1.00001073741824 1.99868928 1.0000017179869184";
  /** Rows 1 to 3 right, row 4 slipped to w = 1.9, rows 5 to 8 right from it: 1.96, 1.984, 1.9936, 1.99744. */
  private static final String SLIPPED_ROWS = "1.2 1.64 1.68 1.1024 1.872 1.016384 1.9 1.01 1.96 1.0016 1.984 "
      + "1.000256 1.9936 1.00004096 1.99744 1.0000065536";

  private static final LessonMap ONE = LessonMap.of("update-rule");
  private static final LessonMap TWO = LessonMap.of("eight-steps");

  @TempDir Path data;

  @BeforeAll
  static void tmuxIsInstalled() {
    assertThat(Tmux.available()).as("tmux must be installed for this test (.ci/run installs it)").isTrue();
  }

  @Test
  void item2ThePageIsNotCalledAllRightWhileAQuestionOnItIsWrong() {
    progress(lesson(ONE, "diverge", ""));
    try (Tmux tmux = learn(ONE, 100, 30)) {
      settled(tmux, ONE.header("diverge"));
      answer(tmux, "-3", "✓ Right.");
      answer(tmux, "5", "✗ Wrong");
      tmux.keys("Tab");
      tmux.type("-24");
      tmux.keys("Enter");
      String screen = waitUntil(tmux, s -> count(s, "✓ Right.") == 2, "two right answers");
      assertThat(screen).doesNotContain("Every question on this page is answered right")
          .contains("Not right yet: question " + ONE.numberOf("diverge.w1") + ";");
      quit(tmux);
    }
  }

  @Test
  void item3AWrongAnswerAfterARightOneTakesAwayTheRightBadge() {
    progress(lesson(ONE, "diverge", ""));
    try (Tmux tmux = learn(ONE, 100, 30)) {
      settled(tmux, ONE.header("diverge"));
      answer(tmux, "-3", "✓ Right.");
      tmux.keys("BTab");
      answer(tmux, "5", "✗ Wrong");
      String header = lineBefore(tmux.screen(), "What is the factor 1 − 2η");
      assertThat(header).doesNotContain("✓ answered right").contains("wrong now", "right before");
      quit(tmux);
    }
  }

  @Test
  void item4LettersOfAnAnswerAreNeverCommandsAndQuittingAsksFirst() {
    progress(lesson(ONE, "by-hand", ""));
    try (Tmux tmux = learn(ONE, 100, 30)) {
      settled(tmux, ONE.header("by-hand"));
      tmux.type("sqrt(2) pi/4 hnls");
      String screen = tmux.waitFor("[sqrt(2) pi/4 hnls", REPLY);
      assertThat(screen).contains(ONE.header("by-hand")).doesNotContain("Worked solution", "Hint 1", "descent exited");
      tmux.keys("C-x");
      tmux.waitFor("Press y to quit", REPLY);
      tmux.type("y");
      tmux.waitFor("descent exited with 0", REPLY);
    }
    progress(lesson(ONE, "predict-one", ""));
    try (Tmux tmux = learn(ONE, 100, 30)) {
      settled(tmux, ONE.header("predict-one"));
      answer(tmux, "c", "✓ Right.");
      quit(tmux);
    }
  }

  @Test
  void item5AnswersKeptInProgressShowInTheirFieldsAndCells() {
    progress(lesson(ONE, "by-hand", question("by-hand.dldw", 1, false, "\"w - 3\"", 0)
        + ", " + question("by-hand.g0", 1, true, "\"-6\"", 0)));
    try (Tmux tmux = learn(ONE, 100, 30)) {
      String screen = settled(tmux, ONE.header("by-hand"));
      assertThat(screen).contains("[w - 3", "[-6").doesNotContain("press Tab or Enter to answer");
      answer(tmux, "2(w-3)", "[2(w-3) ");
      quit(tmux);
    }
    progress(lesson(TWO, "run-a", question("run-a.table", 1, true, rows(RIGHT_ROWS), 0)));
    try (Tmux tmux = learn(TWO, 110, 50)) {
      String screen = settled(tmux, TWO.header("run-a"));
      assertThat(screen).containsPattern("1 +\\[1\\.2 +\\] \\[1\\.64 +\\] +✓ right")
          .containsPattern("8 +\\[1\\.99868928 *\\]").doesNotContain("[              ]");
      quit(tmux);
    }
  }

  @Test
  void item6TypingAfterAWrongAnswerReplacesItAndShellKeysEdit() {
    progress(lesson(ONE, "by-hand", ""));
    try (Tmux tmux = learn(ONE, 100, 30)) {
      settled(tmux, ONE.header("by-hand"));
      answer(tmux, "w - 3", "✗ Wrong");
      answer(tmux, "2(w-3)", "✓ Right.");
      tmux.type("12345678901234");
      tmux.keys("C-u");
      tmux.type("-6 x");
      tmux.keys("C-w", "C-a", "C-k", "C-e");
      tmux.type("-6");
      tmux.keys("Enter");
      String screen = waitUntil(tmux, s -> count(s, "✓ Right.") == 2, "the slope right");
      assertThat(screen).contains("[-6 ");
      quit(tmux);
    }
  }

  @Test
  void item7TableKeysSpaceCommaTabAndEnterOnAPartlyFilledTable() {
    try (Tmux tmux = atTheTable()) {
      tmux.type("1.2 1.64,1.68");
      String screen = tmux.waitFor("[1.68", REPLY);
      assertThat(screen).containsPattern("1 +\\[1\\.2 +\\] \\[1\\.64 +\\]").containsPattern("2 +\\[1\\.68 +\\]");
      tmux.keys("Enter");
      tmux.waitFor("with 13 cells empty", REPLY);
      tmux.type(" 1.1024 1.872 1.016384 1.9488 1.00262144 1.97952 1.0004194304 1.991808 1.000067108864 1.9967232 "
          + "1.00001073741824 1.99868928 1.0000017179869184");
      tmux.keys("Tab");
      screen = tmux.waitFor("last cell", REPLY);
      assertThat(screen).contains("▸ " + TWO.label("run-a.table")).doesNotContain("Partly right");
      answer(tmux, "", "✓ Right: every row.");
      quit(tmux);
    }
  }

  @Test
  void item7AnEmptyTableInPlainModeIsNotAnAttemptAndKeepsTheSavedAnswer() throws IOException {
    progress(lesson(TWO, "run-a", question("run-a.table", 1, false, rows("1.2 1.64 1.68 1.1024"), 0)));
    Jar run = Jar.run("\n\n\n\n\n\n\n\n:quit\n", "learn", "eight-steps", "--plain", "--data-dir", data.toString(),
        "--learner", "keys");
    assertThat(run.out()).contains("The table is empty, so nothing was checked").doesNotContain("no row is right");
    String saved = Files.readString(data.resolve("learners/keys.json")).replaceAll("\\s", "");
    assertThat(saved).contains("\"run-a.table\":{\"attempts\":1,")
        .contains("\"lastAnswer\":[[\"1.2\",\"1.64\"],[\"1.68\",\"1.1024\"]]");
  }

  @Test
  void item8EachTableRowIsMarkedOnceInBothModes() {
    try (Tmux tmux = atTheTable()) {
      String screen = fill(tmux, SLIPPED_ROWS, "Partly right");
      assertThat(screen).doesNotContain("(right given", "right from your row above", "(not filled in)");
      assertThat(count(screen, "↳ right given your row above")).isEqualTo(4);
      quit(tmux);
    }
    progress(data.resolve("plain"), lesson(TWO, "run-a", ""));
    Jar plain = Jar.run(SLIPPED_ROWS.replaceAll("(\\S+ \\S+) ", "$1\n") + "\n:quit\n", "learn", "eight-steps",
        "--plain", "--data-dir", data.resolve("plain").toString(), "--learner", "keys");
    String reply = plain.out().substring(plain.out().indexOf("Partly right"));
    assertThat(count(reply, "Step 4")).isEqualTo(1);
    assertThat(reply).doesNotContain("..");
  }

  @Test
  void item9AWrongRowKeepsItsValueUntilTheSolutionIsOpen() {
    try (Tmux tmux = atTheTable()) {
      String screen = fill(tmux, SLIPPED_ROWS, "Partly right");
      assertThat(screen).doesNotContain("1.9488").contains("✗ wrong: w does not follow from your row above");
      tmux.keys("C-r");
      screen = tmux.waitFor("Worked solution", REPLY);
      assertThat(screen.replaceAll("\\s+", " ")).contains("w should be 1.9488 from your row above, not 1.9");
      quit(tmux);
    }
  }

  @Test
  void item10TheTableAsksForFiveSignificantDigitsAndHoldsToThem() {
    try (Tmux tmux = atTheTable()) {
      // 1.95 is within 0.1 % of w4 = 1.9488 and 2 of w8 = 1.99868928, but neither to five digits.
      String rows = RIGHT_ROWS.replace("1.9488 1.00262144", "1.95 1.0025").replace("1.99868928 1.0000017179869184",
          "2 1");
      String screen = fill(tmux, rows, "right");
      assertThat(screen).containsPattern("4 +\\[1\\.95 +\\] \\[1\\.0025 +\\] +✗ wrong")
          .containsPattern("8 +\\[2 +\\] \\[1 +\\] +✗ wrong");
      assertThat(screen.replaceAll("\\s+", " ")).contains("the question asks for 5 significant digits")
          .contains("Give at least 5 significant digits.");
      quit(tmux);
    }
  }

  @Test
  void item12HintsSeenBeforeAreShownAndNoMoreArePromised() {
    progress(lesson(ONE, "by-hand", question("by-hand.dldw", 0, false, null, 2)));
    try (Tmux tmux = learn(ONE, 100, 30)) {
      String screen = settled(tmux, ONE.header("by-hand"));
      assertThat(screen).contains("Hint 2 of 2").doesNotContain("press h to see the next one");
      quit(tmux);
    }
  }

  @Test
  void aFirstStartExplainsItselfAndTheLessonSaysHowFarAlongItIs() {
    try (Tmux tmux = start(String.format("'%s' -jar '%s' --data-dir '%s' --learner keys", Jar.java(), Jar.path(),
        data), 100, 30)) {
      String screen = settled(tmux, "Welcome to descent");
      assertThat(screen.replaceAll("\\s+", " ")).contains("\"keys\"", "Ctrl-X quit",
          data.resolve("learners").toString());
      tmux.keys("Enter");
      screen = tmux.waitFor("not started", REPLY);
      assertThat(screen).contains("learner keys");
      tmux.keys("Enter");
      for (int page = 1; page < ONE.page("by-hand"); page++) {
        tmux.keys("C-n");
      }
      screen = tmux.waitFor(ONE.label("by-hand.dldw"), REPLY);
      assertThat(screen).contains(ONE.header("by-hand"), "learner keys");
      tmux.keys("C-g");
      tmux.waitFor("How descent works", REPLY);
      quit(tmux);
    }
  }

  /** Lesson 2 at its first table, in a window tall enough for the table and its reply. */
  private Tmux atTheTable() {
    progress(lesson(TWO, "run-a", ""));
    Tmux tmux = learn(TWO, 110, 50);
    settled(tmux, TWO.header("run-a"));
    return tmux;
  }

  /** {@code descent learn N} (the lesson's number) for the learner "keys" in a tmux window of the given size. */
  private Tmux learn(LessonMap lesson, int columns, int rows) {
    return start(String.format("'%s' -jar '%s' learn %d --data-dir '%s' --learner keys", Jar.java(), Jar.path(),
        lesson.number(), data), columns, rows);
  }

  private static Tmux start(String command, int columns, int rows) {
    return new Tmux("env LANG=C.UTF-8 " + command + "; echo \"descent exited with $?\"; sleep 30", columns, rows);
  }

  /** Waits for {@code text}, then until the screen stops changing (a frame is drawn in pieces); the screen then. */
  private static String settled(Tmux tmux, String text) {
    String screen = tmux.waitFor(text, START);
    while (true) {
      Tmux.pause(300);
      String again = tmux.screen();
      if (again.equals(screen)) {
        return screen;
      }
      screen = again;
    }
  }

  /** Quits descent and waits for it to end, so that nothing writes to the data folder after the test. */
  private static void quit(Tmux tmux) {
    tmux.keys("C-x");
    String screen = waitUntil(tmux, s -> s.contains("Press y to quit") || s.contains("descent exited"), "quitting");
    if (screen.contains("Press y to quit")) {
      tmux.type("y");
    }
    tmux.waitFor("descent exited with 0", REPLY);
  }

  /**
   * Fills a table cell by cell with Tab between the numbers (as a learner could before spaces moved on), then
   * presses Enter and waits for {@code reply}; the screen then.
   */
  private static String fill(Tmux tmux, String numbers, String reply) {
    String[] n = numbers.split(" ");
    for (int i = 0; i < n.length; i++) {
      tmux.type(n[i]);
      if (i + 1 < n.length) {
        tmux.keys("Tab");
      }
    }
    // counted once the typing shows: the first key replaces a "Resumed …" line with the page's status,
    // whose "Not right yet" would otherwise pass for a reply
    int before = count(settled(tmux, n[n.length - 1]), reply);
    tmux.keys("Enter");
    return waitUntil(tmux, s -> count(s, reply) > before, "'" + reply + "' once more");
  }

  /** Types {@code text}, presses Enter and waits for {@code reply}; the screen then. */
  private static String answer(Tmux tmux, String text, String reply) {
    int before = count(tmux.screen(), reply);
    if (!text.isEmpty()) {
      tmux.type(text);
    }
    tmux.keys("Enter");
    return waitUntil(tmux, s -> count(s, reply) > before, "'" + reply + "' once more");
  }

  private static String waitUntil(Tmux tmux, Predicate<String> done, String what) {
    long end = System.nanoTime() + REPLY.toNanos();
    String screen = tmux.screen();
    while (!done.test(screen)) {
      if (System.nanoTime() > end) {
        throw new AssertionError(what + " did not show within " + REPLY.toSeconds() + " s; the screen:\n" + screen);
      }
      Tmux.pause(100);
      screen = tmux.screen();
    }
    return screen;
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private static String lineBefore(String screen, String text) {
    String[] lines = screen.split("\n");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return lines[i - 1];
      }
    }
    throw new AssertionError("'" + text + "' is not on the screen:\n" + screen);
  }

  /** Writes the learner "keys"'s progress file with {@code lessons}, in the format the progress package documents. */
  private void progress(String lessons) {
    progress(data, lessons);
  }

  private static void progress(Path dir, String lessons) {
    try {
      Files.createDirectories(dir.resolve("learners"));
      Files.writeString(dir.resolve("learners/keys.json"), "{\"formatVersion\": 1, \"learner\": \"keys\", "
          + "\"lessons\": {" + lessons + "}}", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A lesson's record: on the page of the problem {@code where} (saved counted from 0), with {@code questions}
   * (records by id, or empty).
   */
  private static String lesson(LessonMap lesson, String where, String questions) {
    return "\"" + lesson.id() + "\": {\"page\": " + (lesson.page(where) - 1)
        + ", \"lastVisited\": \"2026-01-01T10:00:00Z\", \"questions\": {"
        + questions + "}}";
  }

  /** A question's record; {@code lastAnswer} is JSON (a string or rows), or null for none. */
  private static String question(String key, int attempts, boolean solved, String lastAnswer, int hints) {
    return "\"" + key + "\": {\"attempts\": " + attempts + ", \"hintsUsed\": " + hints + ", \"solved\": " + solved
        + (lastAnswer == null ? "" : ", \"lastAnswer\": " + lastAnswer
        + ", \"firstAttempt\": \"2026-01-01T10:00:00Z\", \"lastAttempt\": \"2026-01-01T10:00:00Z\"") + "}";
  }

  /** Pairs of numbers as the rows of a table's last answer. */
  private static String rows(String numbers) {
    String[] n = numbers.split(" ");
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i + 1 < n.length; i += 2) {
      sb.append(i == 0 ? "" : ", ").append("[\"").append(n[i]).append("\", \"").append(n[i + 1]).append("\"]");
    }
    return sb.append("]").toString();
  }
}
