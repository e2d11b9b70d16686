package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.session.DraftLesson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code descent preview} of the real jar in tmux, as an author uses it: open a small lesson, go to its problem
 * page, save an edit that adds a page before it and changes its text (the preview shows the edit on the same
 * problem, now page 3 of 4), see the page's answer key (w₁ = 0 − 0.1·2·(0 − 3) = 0.6), save a broken file (its
 * problem shows, located as file:line:column), save the fix (back on the problem page), and quit; nothing is
 * written where a learner's progress lives.
 */
class PreviewEndToEndIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration RELOAD = Duration.ofSeconds(10);

  @TempDir Path work;

  @BeforeAll
  static void tmuxIsInstalled() {
    assertThat(Tmux.available()).as("tmux must be installed for this test (.ci/run installs it)").isTrue();
  }

  private static String lesson(String extraPage, String prompt) {
    return DraftLesson.text(extraPage, prompt);
  }

  /** Saves the file as an editor does: a new file renamed over the old one. */
  private void save(Path file, String text) throws IOException {
    Path temp = file.resolveSibling(".draft.json.swp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  @Test
  void anAuthorEditsSavesBreaksAndFixesTheFileWhileThePreviewFollows() throws IOException {
    Path file = work.resolve("draft.json");
    Files.writeString(file, lesson("", "What is w after one step?"), StandardCharsets.UTF_8);
    Path home = Files.createDirectories(work.resolve("home"));
    String command = String.format("env LANG=C.UTF-8 HOME='%s' XDG_DATA_HOME='%s/data' '%s' -jar '%s' preview '%s' "
        + "--learner ann; echo \"descent exited with $?\"; sleep 30", home, home, Jar.java(), Jar.path(), file);
    try (Tmux tmux = new Tmux(command, 80, 24)) {
      tmux.waitFor("Alpha", START);
      tmux.waitFor("page 1 of 3", RELOAD);
      tmux.keys("C-n");
      tmux.waitFor("What is w after one step?", RELOAD);
      tmux.waitFor("page 2 of 3", RELOAD);

      save(file, lesson(DraftLesson.INSERTED,
          "After one step, what is w?"));
      tmux.waitFor("After one step, what is w?", RELOAD);
      assertThat(tmux.waitFor("page 3 of 4", RELOAD)).contains("Reloaded");

      tmux.keys("C-d");
      tmux.waitFor("Answer key of this page", RELOAD);
      tmux.waitFor("p1.w1 = 0.6", RELOAD);
      tmux.keys("Enter");
      tmux.waitFor("After one step, what is w?", RELOAD);

      save(file, lesson("", "Broken?").replace("\"kind\": \"number\"", "\"kind\": \"numbr\""));
      String broken = tmux.waitFor("1 problem in", RELOAD);
      assertThat(broken).containsPattern(Pattern.quote(file.getFileName().toString()) + ":\\d+:\\d+:");

      save(file, lesson(DraftLesson.INSERTED, "Fixed: w?"));
      tmux.waitFor("Fixed: w?", RELOAD);
      tmux.waitFor("page 3 of 4", RELOAD);

      tmux.keys("C-x");
      tmux.waitFor("descent exited with 0", RELOAD);
    }
    try (Stream<Path> written = Files.walk(home)) {
      assertThat(written.filter(Files::isRegularFile).toList()).as("files under HOME").isEmpty();
    }
  }
}
