package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.ui.LessonMap;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted plain-mode session piped through the real jar, on the built-in course. The script
 * and the phrases it expects are the constants below: lesson 1 has pages to read before its
 * first question (on the page "by-hand", found by {@link LessonMap}), dL/dw of (w - 3)^2 as an expression,
 * where w - 3 is the named mistake "dropped the factor 2".
 */
class PlainModeIT {
  /** Open lesson 1, Enter past the pages before its first question, answer wrong, ask for a hint, answer right. */
  static final String SCRIPT = "1\n" + "\n".repeat(LessonMap.of("update-rule").page("by-hand") - 1)
      + String.join("\n", "w - 3", ":hint", "2(w - 3)") + "\n";
  static final String WRONG = "answer> Wrong.";
  static final String MISTAKE = "factor 2";
  static final String HINT = "Hint 1 of";
  static final String RIGHT = "answer> Right.";
  static final String PROGRESS = "update-rule +The update rule +1 of \\d+ right";

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
    assertThat(run.out()).contains(WRONG, MISTAKE, HINT, RIGHT);
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
    assertThat(list.out()).containsPattern(PROGRESS);
  }

  @Test
  void plainIsChosenWithoutAskingWhenOutputIsAPipe() {
    Jar run = descent("");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("plain mode");
  }
}
