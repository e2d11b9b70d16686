package dev.descent.ui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.session.DraftFile;
import dev.descent.session.DraftLesson;
import dev.descent.ui.Settings;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code descent preview} in plain mode, in-process on a pipe, as an author uses it: the page being edited is
 * shown again when the file is saved, {@code :key} gives its answer key (w₁ = 6·0.1 = 0.6, see
 * {@link DraftLesson}), a broken file's problem shows located and the fixed file's page comes back; nothing
 * from the file reaches the output raw.
 */
class PlainPreviewTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path work;

  /** A preview running on its own thread, fed through a pipe. */
  private static final class Running implements AutoCloseable {
    private final StringWriter out = new StringWriter();
    private final PipedWriter typed = new PipedWriter();
    private final DraftFile draft;
    private final Thread thread;
    private int seen;

    Running(Path file, String learner) throws IOException {
      PipedReader in = new PipedReader(typed, 1 << 16);
      draft = new DraftFile(file, learner);
      PlainPreview preview = new PlainPreview(draft, in, new PrintWriter(out, true), new Settings(0, true, null));
      thread = new Thread(preview::run, "plain preview under test");
      thread.setDaemon(true);
      thread.start();
    }

    void type(String line) throws IOException {
      typed.write(line + "\n");
      typed.flush();
    }

    /** Waits until {@code text} is printed after what an earlier wait saw, and returns the output up to it. */
    String waitFor(String text) throws InterruptedException {
      Instant end = Instant.now().plus(WAIT);
      while (Instant.now().isBefore(end)) {
        String now = out.toString();
        int at = now.indexOf(text, seen);
        if (at >= 0) {
          String part = now.substring(seen, at + text.length());
          seen = at + text.length();
          return part;
        }
        Thread.sleep(20);
      }
      throw new AssertionError("never printed: " + text + "\n--- output after the last wait:\n"
          + out.toString().substring(seen));
    }

    String all() {
      return out.toString();
    }

    @Override
    public void close() throws IOException, InterruptedException {
      typed.close();
      thread.join(WAIT.toMillis());
      draft.close();
    }
  }

  /** Saves as an editor does: a new file renamed over the old one. */
  private static void save(Path file, String text) throws IOException {
    Path temp = file.resolveSibling(".draft.json.swp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Test
  void editSeeTheChangeOnTheSamePageBreakSeeTheProblemFixSeeThePageAgain() throws Exception {
    Path file = work.resolve("draft.json");
    save(file, DraftLesson.text("", "What is w after one step?"));
    try (Running p = new Running(file, "ann")) {
      p.waitFor("Page 1 of 3");
      p.type("");
      p.waitFor("Page 2 of 3");
      p.waitFor("What is w after one step?");

      save(file, DraftLesson.text(DraftLesson.INSERTED, "After one step, what is w?"));
      p.waitFor("Reloaded");
      p.waitFor("Page 3 of 4");
      p.waitFor("After one step, what is w?");

      p.type(":key");
      p.waitFor("p1.w1 = 0.6");

      save(file, DraftLesson.text("", "Broken?").replace("\"kind\": \"number\"", "\"kind\": \"numbr\""));
      assertThat(p.waitFor("1 problem in")).contains("Reloaded");
      p.waitFor("draft.json:11:31: \"kind\" must be one of");

      save(file, DraftLesson.text(DraftLesson.INSERTED, "Fixed: w?"));
      p.waitFor("Page 3 of 4");
      p.waitFor("Fixed: w?");

      p.type(":quit");
      p.waitFor("nothing was saved");
    }
  }

  @Test
  void escapeSequencesInTheFileAndTheLearnerIdReachTheOutputOnlyVisibly() throws Exception {
    Path file = work.resolve("draft.json");
    String hostile = DraftLesson.text("", "Pwned \\u001b]0;title\\u0007 w?")
        .replace("The first page.", "Red \\u001b[31m text \\u009b2J here.");
    save(file, hostile);
    try (Running p = new Running(file, "ann\u001b[2J")) {
      p.waitFor("Page 1 of 3");
      p.type("");
      p.waitFor("w?");
      p.type(":key");
      p.waitFor("p1.w1 = 0.6");
      save(file, hostile.replace("\"kind\": \"number\"", "\"kind\": \"\\u001b[2Jnumbr\""));
      p.waitFor("1 problem in");
      p.type(":quit");
      p.waitFor("nothing was saved");
      assertThat(p.all()).contains("Red").doesNotContain("\u001b", "\u0007", "\u009b");
    }
  }
}
