package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code descent review} in plain mode, on lesson 3's "linear" problem (w = 0, x = 2, y = 1: the error is -1 by
 * hand, and "1" flips its sign).
 */
class ReviewCommandTest {
  @TempDir Path data;

  private Cli descent(String input, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--data-dir";
    all[1] = data.toString();
    all[2] = "--learner";
    all[3] = "ann";
    System.arraycopy(args, 0, all, 4, args.length);
    return Cli.runWithInput(input, all);
  }

  @Test
  void withNothingDueReviewSaysWhenQuestionsComeBack() {
    assertThat(descent("", "review").out()).contains("Nothing is due for review now: a question you answer wrong "
        + "comes back a day later");
  }

  @Test
  void aDueQuestionIsAskedAgainAndTheListCountsIt() throws Exception {
    // A card due in the past, as a learner leaves it who answered wrong more than a day ago.
    Path file = data.resolve("learners/ann.json");
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.writeString(file, "{\"formatVersion\":1,\"learner\":\"ann\",\"lessons\":{\"sgd-step\":"
        + "{\"review\":{\"linear.err\":{\"box\":1,\"due\":\"2025-03-04T10:00:00Z\"}}}}}");
    assertThat(descent("", "list").out()).contains("1 due for review");
    Cli r = descent("-1\n\n", "review");
    assertThat(r.out()).contains("What is the error", "Right.", "That was everything due for review now.");
    assertThat(descent("", "list").out()).doesNotContain("due for review");
  }
}
