package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text UI on a data folder that refuses progress, in tmux through the launcher: a full disk and a
 * read-only file system, each a small tmpfs in a mount namespace of its own (unshare -m). A learner who
 * answered a question in an earlier session comes back: the lesson opens with a notice that says why
 * progress cannot be saved, the learner goes on answering and turning pages (the key typed as the notice
 * comes up goes to the answer), quits with a line that says progress could not be saved, and the progress
 * saved before is still there once the disk takes files again. No trace, exit 0.
 */
class SaveFailuresEndToEndIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration REPLY = Duration.ofSeconds(10);

  /**
   * Run as {@code sh -c SCRIPT sh DATA HOW DESCENT}: a 1 MiB tmpfs on DATA; a first session in plain mode
   * answers lesson 1's first question (2(w − 3)) and leaves on its page; then the disk is filled (HOW full)
   * or made read-only, the text UI runs, and after it the disk is freed again and the lesson list read.
   */
  private static final String SCRIPT = String.join("\n",
      "set -e",
      "data=$1; how=$2; descent=$3",
      "mount -t tmpfs -o size=1m descent-refuses \"$data\"",
      "printf '\\n\\n\\n2(w-3)\\n:quit\\n' | \"$descent\" --data-dir \"$data\" --learner back learn 1 --plain >/dev/null",
      "if [ \"$how\" = full ]; then dd if=/dev/zero of=\"$data/filler\" bs=4k 2>/dev/null || true;"
          + " else mount -o remount,ro \"$data\"; fi",
      "set +e",
      "\"$descent\" --data-dir \"$data\" --learner back",
      "echo \"descent exited with $?\"",
      "if [ \"$how\" = full ]; then rm \"$data/filler\"; else mount -o remount,rw \"$data\"; fi",
      "\"$descent\" --data-dir \"$data\" --learner back list | grep 'The update rule'",
      "echo 'list read'",
      "sleep 30");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"full", "read-only"})
  void theCourseGoesOnSaysWhyOnceAndLosesNothing(String how) throws IOException {
    Assumptions.assumeTrue(Image.namespacesWork(), "SKIPPED: no mount namespace here (unshare -m)");
    assertThat(Tmux.available()).as("tmux must be installed for this test (.ci/run installs it)").isTrue();
    Path data = Files.createDirectory(dir.resolve("data"));
    String command = String.format("env LANG=C.UTF-8 unshare -m sh -c '%s' sh '%s' %s '%s'",
        SCRIPT.replace("'", "'\\''"), data, how, Launched.launcher());
    try (Tmux tmux = new Tmux(command, 100, 30)) {
      tmux.waitFor("Welcome back: Enter goes on with The update rule at page", START);
      tmux.keys("Enter");
      String notice = flat(tmux.waitFor("Your progress cannot be saved", REPLY));
      assertThat(notice).contains(how.equals("full") ? "No space left on device" : "Read-only file system")
          .contains("You can go on reading and answering");
      // the learner was already typing the next answer: the notice closes and the answer keeps every key
      tmux.type("-6");
      tmux.waitFor("Answer: [-6", REPLY);
      tmux.keys("Enter");
      String answered = tmux.waitFor("Question 3 of", REPLY);
      assertThat(flat(answered)).contains("Answer: [2(w-3)").contains("Answer: [-6").contains("✓ Right.")
          .doesNotContain("cannot be saved");
      String page = tmux.screen().replaceAll("(?s).*page (\\d+) of.*", "$1");
      tmux.keys("C-n");
      tmux.waitFor("page " + (Integer.parseInt(page) + 1) + " of", REPLY);
      tmux.keys("C-x");
      String after = flat(tmux.waitFor("list read", REPLY));
      assertThat(after).contains("Progress could not be saved for learner back in " + data)
          .contains("descent exited with 0").doesNotContain("Exception").doesNotContain("\tat ");
      // what the earlier session saved is whole: the first question still counts once the disk is freed
      assertThat(after).containsPattern("The update rule +1 of \\d+ right");
    }
  }

  private static String flat(String screen) {
    return screen.replaceAll("\\s+", " ");
  }
}
