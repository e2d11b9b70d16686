package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.ui.LessonMap;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar's full-screen UI in tmux at 80×24: start (a new learner's guide first), open the first
 * lesson, answer one question wrong and then right, quit, start again and find the progress kept. Each step
 * is one method below with the keys it presses and the text it waits for, written for lesson 1 of the
 * built-in course: pages to read, then on the page "by-hand" dL/dw of (w - 3)^2, where w - 3 drops the
 * factor 2; {@link LessonMap} finds that page.
 */
class TextUiEndToEndIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration REPLY = Duration.ofSeconds(10);

  private static final LessonMap ONE = LessonMap.of("update-rule");

  @TempDir Path data;

  @BeforeAll
  static void tmuxIsInstalled() {
    assertThat(Tmux.available()).as("tmux must be installed for this test (.ci/run installs it)").isTrue();
  }

  @Test
  void answersShowTheirRepliesAndProgressIsKeptAfterQuitting() {
    try (Tmux tmux = start()) {
      tmux.waitFor("Welcome to descent", START);
      tmux.keys("Enter");
      tmux.waitFor("not started", REPLY);
      openFirstLesson(tmux);
      goToFirstQuestion(tmux);
      answerWrong(tmux);
      answerRight(tmux);
      quit(tmux);
    }
    try (Tmux tmux = start()) {
      tmux.waitFor("1 of " + questionsInLessonOne() + " right", START);
      openFirstLesson(tmux);
      tmux.waitFor(ONE.header("by-hand"), REPLY);
      tmux.waitFor("✓ Right.", REPLY);
      quit(tmux);
    }
  }

  /** Runs the jar in a new tmux session, saying how it exited when it does. */
  private Tmux start() {
    String command = String.format("env LANG=C.UTF-8 '%s' -jar '%s' --data-dir '%s' --learner e2e; "
        + "echo \"descent exited with $?\"; sleep 30", Jar.java(), Jar.path(), data);
    return new Tmux(command, 80, 24);
  }

  private static void openFirstLesson(Tmux tmux) {
    tmux.keys("Enter");
    tmux.waitFor("The update rule · page", REPLY);
  }

  /** Turns to lesson 1's first question, on its page "by-hand". */
  private static void goToFirstQuestion(Tmux tmux) {
    for (int page = 2; page <= ONE.page("by-hand"); page++) {
      tmux.keys("Right");
      tmux.waitFor("page " + page + " of", REPLY);
    }
  }

  private static void answerWrong(Tmux tmux) {
    tmux.type("w - 3");
    tmux.keys("Enter");
    tmux.waitFor("✗ Wrong.", REPLY);
    tmux.waitFor("factor 2", REPLY);
  }

  private static void answerRight(Tmux tmux) {
    tmux.keys("Home");
    tmux.type("2(");
    tmux.keys("End");
    tmux.type(")");
    tmux.keys("Enter");
    tmux.waitFor("✓ Right.", REPLY);
  }

  /** How many questions lesson 1 has, as {@code descent list --format json} says. */
  private int questionsInLessonOne() {
    String json = Jar.run("", "list", "--format", "json", "--data-dir", data.toString(), "--learner", "e2e").out();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"questions\" : (\\d+)").matcher(json);
    assertThat(m.find()).as("lesson 1's question count in %s", json).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** Ctrl-X quits (at once, since every answer typed was checked). */
  private static void quit(Tmux tmux) {
    tmux.keys("C-x");
    tmux.waitFor("descent exited with 0", REPLY);
  }
}
