package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second round of hostile input through the built launcher: input that used to end in an internal
 * error, a stack trace or a hang is a message with exit 1 or 2; argument files are not read; and the
 * C locale reads arguments and file names right and prints plain ASCII.
 */
class HostileInputIT {
  @TempDir Path dir;
  private Path data;

  @BeforeEach
  void dataFolder() {
    data = dir.resolve("data");
  }

  private Launched descent(String input, String... args) {
    return Launched.run(Map.of("DESCENT_DATA_DIR", data.toString()), input, args);
  }

  /** A message, not a crash: exit 1 or 2, no stack trace, no internal error, no error log. */
  private void aMessage(Launched run, String what) {
    assertThat(run.exit()).as(what + ": exit code (out: " + run.out() + ", err: " + run.err() + ")").isBetween(1, 2);
    assertThat(run.out() + run.err()).as(what).doesNotContain("\tat ", "Exception", "unexpected error");
    assertThat(data.resolve("descent-errors.log")).as(what + ": nothing for the error log").doesNotExist();
  }

  /** An exercise file whose one variable is {@code range}, at line 8 of the file. */
  private Path rangeLesson(String range) throws IOException {
    String json = String.join("\n", "{", "  \"format\": 1,", "  \"kind\": \"exercises\",", "  \"id\": \"ranges\",",
        "  \"title\": \"Ranges\",", "  \"pages\": [", "    { \"type\": \"problem\", \"id\": \"p\",",
        "      \"variables\": { \"x\": " + range + " },",
        "      \"questions\": [ { \"id\": \"q\", \"kind\": \"number\", \"prompt\": \"x?\",",
        "        \"answer\": { \"compute\": \"formula\", \"expr\": \"x\" } } ] } ] }");
    return Files.writeString(dir.resolve("ranges.json"), json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{ \"from\": 0, \"to\": 1e19, \"step\": 1 }", "{ \"from\": 0, \"to\": 1, \"step\": 5e-324 }"})
  void aRangeOfMoreValuesThanALongHoldsIsAProblemOfTheLessonAtItsPlace(String range) throws IOException {
    Path lesson = rangeLesson(range);
    Files.writeString(dir.resolve("a.txt"), "set: ranges\nstudent: alice\np.q = 1\n");
    for (String[] args : new String[][] {{"validate", lesson.toString()}, {"key", lesson.toString()},
        {"homework", lesson.toString(), "--student", "alice"},
        {"check", dir.resolve("a.txt").toString(), "--course", lesson.toString()}}) {
      Launched run = descent("", args);
      aMessage(run, String.join(" ", args));
      assertThat(run.out() + run.err()).as(args[0]).containsPattern("ranges\\.json:8:\\d+: .*at most 1,000,000 values");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "18", "99"})
  void hessianDigitsOutOfRangeAreAMessage(String digits) {
    Launched run = descent("", "hessian", "--f", "x^2", "--at", "x=1", "--digits", digits);
    aMessage(run, "--digits " + digits);
    assertThat(run.err()).contains("--digits must be between 1 and 17, got " + digits);
  }

  @Test
  void aStartOfThousandsOfUnusedCoordinatesIsAMessage() {
    StringJoiner start = new StringJoiner(",", "w=1,", "");
    for (int i = 0; i < 6000; i++) {
      start.add("v" + i + "=0");
    }
    Launched run = descent("", "trace", "--f", "w^2", "--start", start.toString(), "--eta", "0.1");
    aMessage(run, "trace --start of 6,001 coordinates");
    assertThat(run.err()).contains("at most 50 coordinates");
  }

  @Test
  void aHundredMegabyteLineInPlainModeIsLeftOutAndTheSessionGoesOn() {
    Launched run = Launched.command(Map.of("DESCENT_DATA_DIR", data.toString()), "", "bash", "-c",
        "{ echo 1; head -c 100000000 /dev/zero | tr '\\0' x; printf '\\n:quit\\n'; } | \"$0\" --plain",
        Launched.launcher().toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("That line was 100,000,000 characters long; the limit is 10,000",
        "Progress saved");
  }

  @Test
  void aSixteenMegabyteProgressFileIsSetAsideAndTheSessionSavesAgain() throws IOException {
    Path learners = Files.createDirectories(data.resolve("learners"));
    StringBuilder json = new StringBuilder("{\"formatVersion\":1,\"learner\":\"big\",\"lessons\":{");
    for (int l = 0; json.length() < 16_000_000; l++) {
      json.append(l == 0 ? "" : ",").append("\"lesson-").append(l).append("\":{\"questions\":{");
      for (int q = 0; q < 100; q++) {
        json.append(q == 0 ? "" : ",").append("\"q").append(q).append("\":{\"attempts\":3,\"lastAnswer\":\"")
            .append("1".repeat(1200)).append("\"}");
      }
      json.append("}}");
    }
    json.append("}}");
    Files.writeString(learners.resolve("big.json"), json, StandardCharsets.UTF_8);
    Launched run = descent("\n\n\n:quit\n", "learn", "1", "--plain", "--learner", "big");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("larger than 2 MiB", "Progress saved");
    Launched again = descent(":quit\n", "learn", "1", "--plain", "--learner", "big");
    assertThat(again.out()).doesNotContain("could not be used").contains("Going on from page 4");
  }

  @Test
  void aDataFolderThatCannotBeWrittenLeavesTheCourseUsableAndSaysSoOnce() throws IOException {
    Path blocked = Files.writeString(dir.resolve("a-file"), "a file where a folder of the data path should be");
    Launched run = Launched.run(Map.of("DESCENT_DATA_DIR", blocked.resolve("data").toString()),
        "\n\n\n2(w-3)\n-6\n:quit\n", "learn", "1", "--plain");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("answer> Right.").containsOnlyOnce("Your progress cannot be saved")
        .contains("Progress could not be saved");
  }

  @Test
  void argumentFilesAreNotReadSoNoneCanHangOrCrashDescent() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("args"));
    for (String at : new String[] {"@" + folder, "@/dev/urandom", "@/dev/zero"}) {
      aMessage(descent("", "trace", at), "trace " + at);
    }
  }

  @Test
  void underTheCLocaleArgumentsAndFileNamesAreReadRightAndTheOutputIsAscii() throws IOException {
    Path answers = Files.writeString(dir.resolve("réponses.txt"), "set: sgd-homework\nstudent: alice\np1.pred = -2\n");
    for (String locale : new String[] {"C", "POSIX"}) {
      Map<String, String> env = Map.of("LC_ALL", locale, "DESCENT_DATA_DIR", data.toString());
      Launched trace = Launched.run(env, "", "trace", "--f", "w²−4w+5", "--start", "w=0", "--eta", "0.3", "--steps", "2");
      assertThat(trace.exit()).as(trace.err()).isZero();
      assertThat(trace.out()).contains("f(w) = w^2-4w+5", "1.68");
      assertAscii(trace.out());
      Launched check = Launched.run(env, "", "check", answers.toString());
      assertThat(check.out()).containsPattern("Total: 1 of \\d+ points");
      assertAscii(check.out() + check.err());
    }
  }

  @Test
  void javaDashJarUnderTheCLocaleRecoversArgumentsAndExplainsFileNames() throws IOException {
    Map<String, String> c = Map.of("LC_ALL", "C", "DESCENT_DATA_DIR", data.toString());
    Launched trace = Launched.runJar(c, "", "trace", "--f", "w²−4w+5", "--start", "w=0", "--eta", "0.3", "--steps", "2");
    assertThat(trace.exit()).as(trace.err()).isZero();
    assertThat(trace.out()).contains("w^2-4w+5");
    Path answers = Files.writeString(dir.resolve("réponses.txt"), "set: sgd-homework\nstudent: alice\n");
    Launched check = Launched.runJar(c, "", "check", answers.toString());
    aMessage(check, "java -jar check réponses.txt under C");
    assertThat(check.err()).contains("C.UTF-8").doesNotContain("not a file name: Malformed");
  }

  private static void assertAscii(String text) {
    assertThat(text.chars().filter(ch -> ch >= 0x80).count()).as("characters beyond ASCII in: " + text).isZero();
  }
}
