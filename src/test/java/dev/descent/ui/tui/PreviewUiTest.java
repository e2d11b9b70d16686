package dev.descent.ui.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.descent.session.DraftFile;
import dev.descent.session.DraftLesson;
import dev.descent.ui.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-screen preview on Lanterna's virtual terminal: the page being edited stays on screen across a
 * reload, Ctrl-D shows its answer key, a broken file shows its located problem, and nothing a file holds
 * reaches a cell of the screen as a control character.
 */
class PreviewUiTest {
  @TempDir Path work;

  private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));

  private String screen() {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < 24; r++) {
      for (int c = 0; c < 80; c++) {
        sb.append(terminal.getCharacter(c, r).getCharacterString());
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private PreviewUi open(DraftFile draft) throws IOException {
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    PreviewUi ui = new PreviewUi(draft, screen, true, new Settings(0, true, null));
    ui.apply(draft.read());
    ui.draw();
    return ui;
  }

  private static void press(PreviewUi ui, KeyStroke k) throws IOException {
    ui.press(k);
    ui.draw();
  }

  private static KeyStroke ctrl(char c) {
    return new KeyStroke(c, true, false);
  }

  @Test
  void thePageStaysAcrossAReloadAndCtrlDShowsItsKeyAndABrokenFileItsProblem() throws IOException {
    Path file = work.resolve("draft.json");
    Files.writeString(file, DraftLesson.text("", "What is w?"), StandardCharsets.UTF_8);
    try (DraftFile draft = new DraftFile(file, "ann")) {
      PreviewUi ui = open(draft);
      assertThat(screen()).contains("Alpha", "page 1 of 3", "learner ann");
      press(ui, ctrl('n'));
      assertThat(screen()).contains("What is w?", "page 2 of 3");

      Files.writeString(file, DraftLesson.text(DraftLesson.INSERTED, "Now, w?"), StandardCharsets.UTF_8);
      ui.apply(draft.read());
      ui.draw();
      assertThat(screen()).contains("Now, w?", "page 3 of 4", "Reloaded");

      press(ui, ctrl('d'));
      assertThat(screen()).contains("Answer key of this page", "p1.w1 = 0.6");
      press(ui, new KeyStroke(KeyType.Enter));
      assertThat(screen()).contains("Now, w?");

      Files.writeString(file, DraftLesson.text("", "w?").replace("\"kind\": \"number\"", "\"kind\": \"numbr\""),
          StandardCharsets.UTF_8);
      ui.apply(draft.read());
      ui.draw();
      assertThat(screen()).contains("1 problem in", "draft.json:11:31:");

      Files.writeString(file, DraftLesson.text(DraftLesson.INSERTED, "Fixed?"), StandardCharsets.UTF_8);
      ui.apply(draft.read());
      ui.draw();
      assertThat(screen()).contains("Fixed?", "page 3 of 4");
      press(ui, ctrl('x'));
      assertThat(ui.done()).isTrue();
    }
  }

  @Test
  void theBreakDownKeyWorksInThePreviewAsForALearnerAndEscGoesBackToThePage() throws IOException {
    // w1 is one step of gradient descent: the gradient at w = 0 (2 * (0 - 3) = -6), then w = 0 - 0.1 * (-6)
    Path file = work.resolve("draft.json");
    Files.writeString(file, DraftLesson.text("", "What is w?"), StandardCharsets.UTF_8);
    try (DraftFile draft = new DraftFile(file, "ann")) {
      PreviewUi ui = open(draft);
      press(ui, ctrl('n'));
      press(ui, ctrl('f'));
      assertThat(screen()).contains("step by step").doesNotContain("Answer key of this page");
      press(ui, new KeyStroke(KeyType.Escape));
      assertThat(screen()).contains("What is w?", "page 2 of 3");
    }
  }

  @Test
  void controlCharactersOfTheFileReachNoCellOfTheScreenNotEvenInTheAnswerKey() throws IOException {
    Path file = work.resolve("draft.json");
    String choice = """
        { "type": "problem", "id": "p0", "title": "Pick \\u001b[31m",
          "questions": [ { "id": "c", "kind": "choice", "prompt": "Which \\u009b2J one?",
            "choices": [ { "id": "a", "text": "this \\u001b]0;pwned\\u0007 one" }, { "id": "b", "text": "not" } ],
            "answer": { "compute": "fixed", "correct": ["a"] } } ] },
        """;
    Files.writeString(file, DraftLesson.text(choice, "w?"), StandardCharsets.UTF_8);
    try (DraftFile draft = new DraftFile(file, "ann\u001b[2J")) {
      PreviewUi ui = open(draft);
      press(ui, ctrl('n'));
      assertThat(screen()).contains("Which");
      assertClean();
      press(ui, ctrl('d'));
      assertThat(screen()).as("shown visibly, as descent shows control characters everywhere")
          .contains("p0.c = a) this ^[]0;pwned^G one", "numbers of learner ann^[[2J");
      assertClean();
    }
  }

  private void assertClean() {
    String s = screen();
    assertThat(s.chars().filter(c -> c != '\n' && (c < 0x20 || c >= 0x7f && c < 0xa0)).count())
        .as("control characters on the screen:\n" + s).isZero();
  }
}
