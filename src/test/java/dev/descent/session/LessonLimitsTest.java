package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Block;
import dev.descent.course.Feedback;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson file cannot make descent run out of memory or time: each limit, and its message. */
class LessonLimitsTest {

  private static String lesson(String pages) {
    return "{\"format\": 1, \"kind\": \"lesson\", \"id\": \"limits\", \"title\": \"Limits\", \"pages\": [" + pages + "]}";
  }

  private static String question(String answer, String extra) {
    return "{\"type\": \"problem\", \"id\": \"p\", \"questions\": [{\"id\": \"q\", \"kind\": \"number\", \"prompt\": \"?\", "
        + "\"answer\": " + answer + extra + "}]}";
  }

  private static LessonFile loads(String text) {
    LessonLoader.Result r = LessonLoader.parse(text, "limits.json");
    assertThat(r.diagnostics()).as("the file loads").isEmpty();
    return r.lesson().orElseThrow();
  }

  private static String problems(String text) {
    return LessonLoader.parse(text, "limits.json").diagnostics().stream().map(Diagnostic::toString)
        .collect(Collectors.joining("\n"));
  }

  private static Feedback typeAtTheQuestion(String text) {
    LessonVariant v = new LessonVariant(loads(text), "");
    return v.check(v.questions().values().iterator().next(), "1");
  }

  @Test
  void aRunOfMoreThanTwentyThousandStepsIsRefused() {
    Feedback f = typeAtTheQuestion(lesson(question("{\"compute\": \"trajectory\", \"f\": \"w^2\", \"start\": {\"w\": 1}, "
        + "\"eta\": 0.1, \"steps\": 20001, \"step\": 1, \"take\": \"w\"}", "")));
    assertThat(f.verdict()).isEqualTo(Feedback.Verdict.UNREADABLE);
    assertThat(f.details()).singleElement().asString()
        .contains("a run in a lesson takes at most 20000 steps; this one needs 20001");
  }

  @Test
  void askingAboutAStepPastTheLimitIsRefusedToo() {
    Feedback f = typeAtTheQuestion(lesson(question("{\"compute\": \"trajectory\", \"f\": \"w^2\", \"start\": {\"w\": 1}, "
        + "\"eta\": 0.1, \"step\": 999999, \"take\": \"w\"}", "")));
    assertThat(f.details()).singleElement().asString().contains("at most 20000 steps; this one needs 999999");
  }

  @Test
  void twentyThousandStepsAreAllowed() {
    // w^2 from 1 at eta = 0.1 multiplies w by 0.8 each step, so w is 0.8^20000, which underflows to 0.
    Feedback f = typeAtTheQuestion(lesson(question("{\"compute\": \"trajectory\", \"f\": \"w^2\", \"start\": {\"w\": 1}, "
        + "\"eta\": 0.1, \"step\": 20000, \"take\": \"w\"}", "")));
    assertThat(f.verdict()).isEqualTo(Feedback.Verdict.WRONG);
  }

  @Test
  void aFunctionLongerThanFiveHundredCharactersIsReported() {
    String f = "w" + "+w".repeat(250);
    String text = lesson(question("{\"compute\": \"gradient\", \"f\": \"" + f + "\", \"at\": {\"w\": 1}, \"take\": \"w\"}", ""));
    assertThat(problems(text)).contains("\"f\" is 501 characters long; a function in a lesson may have at most 500");
  }

  @Test
  void displaysShareOneHundredThousandSteps() {
    String table = "{\"table\": {\"f\": \"w^2\", \"start\": {\"w\": 1}, \"eta\": 0.1, \"steps\": 20000}}";
    String shows = String.join(", ", List.of(table, table, table, table, table, table));
    LessonVariant v = new LessonVariant(loads(lesson("{\"type\": \"example\", \"show\": [" + shows + "]}")), "");
    List<Block> blocks = v.pages().get(0).blocks();
    assertThat(((Block.Display) blocks.get(4)).lines(80)).hasSizeGreaterThan(1);
    assertThat(((Block.Display) blocks.get(5)).lines(80)).singleElement().asString()
        .contains("the displays of a lesson run at most 100000 steps together");
  }

  @Test
  void aCompareOfTwentyRunsOfAMillionStepsIsNotDrawnNotAnOutOfMemory() {
    // This display ran out of a 1 GB heap before the limits.
    StringBuilder runs = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      runs.append(i == 0 ? "" : ", ").append("{\"label\": \"r").append(i)
          .append("\", \"f\": \"w^2\", \"start\": {\"w\": 1}, \"eta\": 0.1, \"steps\": 999999}");
    }
    String text = lesson("{\"type\": \"example\", \"show\": [{\"compare\": {\"runs\": [" + runs + "], \"steps\": 999999}}]}");
    Block.Display d = (Block.Display) new LessonVariant(loads(text), "").pages().get(0).blocks().get(0);
    assertThat(d.lines(80)).singleElement().asString()
        .contains("cannot be drawn: a run in a lesson takes at most 20000 steps; this one needs 999999");
  }

  @Test
  void aTableOfMoreThanTwoHundredRowsIsReported() {
    String text = lesson("{\"type\": \"problem\", \"id\": \"p\", \"questions\": [{\"id\": \"q\", \"kind\": \"table\", "
        + "\"prompt\": \"?\", \"columns\": [\"w\"], \"rows\": [1, 201], \"answer\": {\"compute\": \"table\", \"f\": \"w^2\", "
        + "\"start\": {\"w\": 1}, \"eta\": 0.1}}]}");
    assertThat(problems(text)).contains("at most 200 rows");
  }

  @Test
  void moreRowsThanTheTableHasAreRefused() {
    String text = lesson("{\"type\": \"problem\", \"id\": \"p\", \"questions\": [{\"id\": \"q\", \"kind\": \"table\", "
        + "\"prompt\": \"?\", \"columns\": [\"w\"], \"rows\": [1, 2], \"answer\": {\"compute\": \"table\", \"f\": \"w^2\", "
        + "\"start\": {\"w\": 1}, \"eta\": 0.1}}]}");
    LessonVariant v = new LessonVariant(loads(text), "");
    Feedback f = v.checkTable(v.questions().values().iterator().next(), List.of(List.of("1"), List.of("2"), List.of("3")));
    assertThat(f.details()).singleElement().asString().contains("2 rows to fill").contains("but 3 were given");
  }

  @Test
  void deepJsonIsReported() {
    String text = "[".repeat(65) + "]".repeat(65);
    assertThat(problems(text)).contains("the JSON nests deeper than 64 levels");
  }

  @Test
  void aVeryLongStringIsReported() {
    String text = lesson("{\"type\": \"text\", \"text\": [\"" + "a".repeat(100_001) + "\"]}");
    assertThat(problems(text)).contains("a string is longer than 100000 characters");
  }

  @Test
  void aFileOverTwoMebibytesIsNotRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    Files.write(big, new byte[2 * 1024 * 1024 + 1]);
    assertThat(LessonLoader.load(big, "big.json").diagnostics()).singleElement().asString()
        .contains("a lesson file may be at most 2097152 bytes");
  }

  @Test
  void aFolderOfMoreThanFiveHundredFilesIsTruncatedWithAMessage(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 501; i++) {
      Files.writeString(dir.resolve(String.format("%03d.json", i)), "{}");
    }
    List<Diagnostic> problems = new java.util.ArrayList<>();
    List<Path> files = CourseLoader.files(dir, problems);
    assertThat(files).hasSize(500).last().isEqualTo(dir.resolve("499.json"));
    assertThat(problems).singleElement().asString()
        .contains("the folder has more than 500 lesson files; only the first 500 by name are loaded");
  }
}
