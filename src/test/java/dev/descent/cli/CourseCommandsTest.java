package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course commands on the built-in course. They rely only on lesson 1 being "update-rule", "The
 * update rule", with two pages to read before its first question, and lesson 2 being "eight-steps".
 */
class CourseCommandsTest {
  /** Enter past lesson 1's first two pages: the learner is then on page 3. */
  private static final String READ_TWO_PAGES = "\n\n";

  @TempDir Path data;

  private Cli run(String input, String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = data.toString();
    all[args.length + 2] = "--learner";
    all[args.length + 3] = "ann";
    return Cli.runWithInput(input, all);
  }

  @Test
  void listPrintsEachLessonWithItsNumberIdTitleAndProgress() {
    Cli c = run("", "list");
    assertThat(c.exit()).isZero();
    assertThat(c.out()).containsPattern("(?m)^ *1  update-rule +The update rule +not started$")
        .containsPattern("(?m)^ *2  eight-steps +Eight steps by hand +not started$");
  }

  @Test
  void listAsJsonGivesTheStandingOfEachLesson() throws Exception {
    run(READ_TWO_PAGES, "learn", "1");
    JsonNode json = new ObjectMapper().readTree(run("", "list", "--format", "json").out());
    JsonNode first = json.get("lessons").get(0);
    assertThat(json.get("learner").asText()).isEqualTo("ann");
    assertThat(first.get("id").asText()).isEqualTo("update-rule");
    assertThat(first.get("number").asInt()).isEqualTo(1);
    assertThat(first.get("solved").asInt()).isZero();
    assertThat(first.get("questions").asInt()).isPositive();
    assertThat(first.get("resume_page").asInt()).isEqualTo(3);
  }

  @Test
  void withoutATerminalTheCourseRunsInPlainModeAndEndOfInputExitsZero() {
    Cli c = run("1\n");
    assertThat(c.exit()).isZero();
    assertThat(c.out()).contains("plain mode", "Lesson: The update rule", "Page 1 of").doesNotContain("\u001b");
    assertThat(c.err()).isEmpty();
  }

  @Test
  void learnTakesTheLessonByIdOrNumber() {
    assertThat(run("", "learn", "eight-steps").out()).contains("Lesson: Eight steps by hand");
    assertThat(run("", "learn", "2").out()).contains("Lesson: Eight steps by hand");
  }

  @Test
  void optionsBeforeTheCommandCountToo() {
    Cli.runWithInput(READ_TWO_PAGES, "--data-dir", data.toString(), "--learner", "bea", "learn", "1");
    assertThat(Cli.run("list", "--data-dir", data.toString(), "--learner", "bea").out())
        .containsPattern("update-rule +The update rule +on page 3");
  }

  @Test
  void anUnknownLessonIsABadUsageThatSaysWhereToLook() {
    Cli c = run("", "learn", "99");
    assertThat(c.exit()).isEqualTo(Main.USAGE);
    assertThat(c.err()).contains("there is no lesson '99'", "descent list");
  }

  @Test
  void progressIsKeptBetweenRuns() {
    run(READ_TWO_PAGES, "learn", "1");
    assertThat(run("", "list").out()).containsPattern("update-rule +The update rule +on page 3");
    assertThat(run("", "learn", "1").out()).contains("Going on from page 3, where you left off.");
  }
}
