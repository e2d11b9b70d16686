package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted plain-mode session piped through the real jar. The script below is written for the
 * course the jar has now (the demo course: lesson 1 has a text page, a display page, then
 * w1 = 0.2 with the mistake -0.2); to point it at the real course, change {@link #SCRIPT} and the
 * phrases it expects.
 */
class PlainModeIT {
  /** Open lesson 1, Enter past two pages, answer wrong, ask for a hint, answer right, then input ends. */
  static final String SCRIPT = String.join("\n", "1", "", "", "-0.2", ":hint", "0.2") + "\n";
  static final String WRONG = "Wrong: it looks like you added the gradient instead of subtracting it.";
  static final String HINT = "Hint 1 of 2:";
  static final String RIGHT = "Right: w1 = 0.2.";
  static final String PROGRESS = "1 of 3 right";

  @TempDir Path data;

  private Jar descent(String input, String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(new String[] {"--data-dir", data.toString(), "--learner", "pipe"}, 0, all, args.length, 4);
    return Jar.run(input, all);
  }

  @Test
  void aPipedSessionGetsEveryReplyInWordsAndEndsCleanlyAtTheEndOfInput() {
    Jar run = descent(SCRIPT);
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains(WRONG, HINT, RIGHT);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void plainModeNeverWritesAnEscapeCode() {
    Jar run = descent(SCRIPT + ":help\n:lessons\n");
    assertThat(run.out() + run.err()).doesNotContain("\u001b");
  }

  @Test
  void progressFromAPipedSessionIsThereTheNextTime() {
    descent(SCRIPT);
    Jar list = descent("", "list");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).contains(PROGRESS);
  }

  @Test
  void plainIsChosenWithoutAskingWhenOutputIsAPipe() {
    Jar run = descent("");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("plain mode");
  }
}
