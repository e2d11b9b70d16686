package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseCommandsTest {
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
    assertThat(c.out()).containsPattern("1  update-rule +The update rule +not started")
        .containsPattern("2  two-variables +Gradients in two variables +not started");
  }

  @Test
  void listAsJsonGivesTheStandingOfEachLesson() throws Exception {
    run("\n\n0.2\n", "learn", "1");
    JsonNode json = new ObjectMapper().readTree(run("", "list", "--format", "json").out());
    assertThat(json.get("learner").asText()).isEqualTo("ann");
    assertThat(json.get("lessons").get(0).get("id").asText()).isEqualTo("update-rule");
    assertThat(json.get("lessons").get(0).get("solved").asInt()).isEqualTo(1);
    assertThat(json.get("lessons").get(0).get("questions").asInt()).isEqualTo(3);
    assertThat(json.get("lessons").get(0).get("resume_page").asInt()).isEqualTo(3);
  }

  @Test
  void withoutATerminalTheCourseRunsInPlainModeAndEndOfInputExitsZero() {
    Cli c = run("1\n");
    assertThat(c.exit()).isZero();
    assertThat(c.out()).contains("plain mode", "Page 1 of 4: Downhill").doesNotContain("\u001b");
    assertThat(c.err()).isEmpty();
  }

  @Test
  void learnTakesTheLessonByIdOrNumber() {
    assertThat(run("", "learn", "two-variables").out()).contains("Lesson: Gradients in two variables");
    assertThat(run("", "learn", "2").out()).contains("Lesson: Gradients in two variables");
  }

  @Test
  void optionsBeforeTheCommandCountToo() {
    Cli.runWithInput("\n\n0.2\n", "--data-dir", data.toString(), "--learner", "bea", "learn", "1");
    assertThat(Cli.run("list", "--data-dir", data.toString(), "--learner", "bea").out()).contains("1 of 3 right");
  }

  @Test
  void anUnknownLessonIsABadUsageThatSaysWhereToLook() {
    Cli c = run("", "learn", "9");
    assertThat(c.exit()).isEqualTo(Main.USAGE);
    assertThat(c.err()).contains("there is no lesson '9'", "descent list");
  }

  @Test
  void progressIsKeptBetweenRuns() {
    run("\n\n0.2\n", "learn", "1");
    assertThat(run("", "list").out()).contains("1 of 3 right");
  }
}
