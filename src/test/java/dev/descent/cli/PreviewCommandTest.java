package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.session.DraftLesson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code descent preview} from the command line without a terminal (plain mode, as on a pipe): the file shown
 * and its answer key, a broken file's located problem, and what is not a lesson file refused with exit 2 and
 * a message that says what it is.
 */
class PreviewCommandTest {
  @TempDir Path dir;

  @Test
  void onAPipeThePreviewIsPlainAndEndsWithItsInput() throws IOException {
    Path file = dir.resolve("draft.json");
    Files.writeString(file, DraftLesson.text("", "What is w?"), StandardCharsets.UTF_8);
    Cli r = Cli.runWithInput("\n:key\n", "preview", file.toString(), "--learner", "ann");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("descent preview of", "learner ann", "Page 1 of 3", "What is w?", "p1.w1 = 0.6",
        "nothing was saved");
  }

  @Test
  void aBrokenFileShowsItsProblemLocatedAndThePreviewGoesOn() throws IOException {
    Path file = dir.resolve("draft.json");
    Files.writeString(file, DraftLesson.text("", "w?").replace("\"kind\": \"number\"", "\"kind\": \"numbr\""),
        StandardCharsets.UTF_8);
    Cli r = Cli.runWithInput("", "--plain", "preview", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 problem in", "draft.json:11:31: \"kind\" must be one of", "did you mean \"number\"");
  }

  @Test
  void whatIsNotALessonFileIsRefusedSayingWhatItIs() throws IOException {
    Cli missing = Cli.run("preview", dir.resolve("nothing.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot preview", "nothing.json", "no such file").doesNotContain("Exception");
    Cli folder = Cli.run("preview", Files.createDirectory(dir.resolve("lessons")).toString());
    assertThat(folder.exit()).isEqualTo(2);
    assertThat(folder.err()).contains("cannot preview", "folder");
    Path hostile = Files.writeString(dir.resolve("bad\u001b[2Jname.json"), "{}", StandardCharsets.UTF_8);
    Cli named = Cli.runWithInput("", "preview", hostile.toString());
    assertThat(named.out() + named.err()).doesNotContain("\u001b").contains("^[");
  }
}
