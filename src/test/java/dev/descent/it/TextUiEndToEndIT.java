package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar's full-screen UI in tmux at 80×24: start, open the first lesson, answer one question
 * wrong and then right, quit, start again and find the progress kept. Each step is one method below
 * with the keys it presses and the text it waits for, written for the demo course the jar has now;
 * adapt those when the real course lands.
 */
class TextUiEndToEndIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration REPLY = Duration.ofSeconds(10);

  @TempDir Path data;

  @BeforeAll
  static void tmuxIsInstalled() {
    assertThat(Tmux.available()).as("tmux must be installed for this test (.ci/run installs it)").isTrue();
  }

  @Test
  void answersShowTheirRepliesAndProgressIsKeptAfterQuitting() {
    try (Tmux tmux = start()) {
      tmux.waitFor("not started", START);
      openFirstLesson(tmux);
      goToFirstQuestion(tmux);
      answerWrong(tmux);
      answerRight(tmux);
      quit(tmux);
    }
    try (Tmux tmux = start()) {
      tmux.waitFor("1 of 3 right", START);
      openFirstLesson(tmux);
      tmux.waitFor("✓ Right: w1 = 0.2.", REPLY);
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

  /** The first question of the demo course is on page 3. */
  private static void goToFirstQuestion(Tmux tmux) {
    tmux.keys("Right");
    tmux.waitFor("page 2 of 4", REPLY);
    tmux.keys("Right");
    tmux.waitFor("page 3 of 4", REPLY);
  }

  private static void answerWrong(Tmux tmux) {
    tmux.keys("Tab");
    tmux.waitFor("ANSWERING", REPLY);
    tmux.type("-0.2");
    tmux.keys("Enter");
    tmux.waitFor("✗ Wrong: it looks like you added the gradient", REPLY);
  }

  private static void answerRight(Tmux tmux) {
    tmux.keys("BSpace", "BSpace", "BSpace", "BSpace");
    tmux.type("0.2");
    tmux.keys("Enter");
    tmux.waitFor("✓ Right: w1 = 0.2.", REPLY);
  }

  /** Esc leaves the answer field (Lanterna tells a lone Esc from a key sequence after a short wait), then q. */
  private static void quit(Tmux tmux) {
    tmux.keys("Escape");
    tmux.waitFor("READING", REPLY);
    tmux.keys("q");
    tmux.waitFor("descent exited with 0", REPLY);
  }
}
