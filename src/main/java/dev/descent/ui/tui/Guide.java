package dev.descent.ui.tui;

import dev.descent.ui.Text;
import java.util.ArrayList;
import java.util.List;

/** How the full-screen course works, in a few paragraphs: a new learner's first screen, and the top of the help. */
final class Guide {
  private Guide() {}

  /** The guide for {@code learner}, whose progress is kept at {@code location}. */
  static List<String> paragraphs(String learner, String location) {
    List<String> commands = new ArrayList<>();
    for (Shortcut s : Shortcut.values()) {
      commands.add(s.spelled() + " " + s.brief());
    }
    return List.of(
        "Each lesson is a few pages to read, with questions to work out on paper. The question marked ▸ takes "
            + "whatever you type: type your answer and press Enter to check it; a choice question is answered by "
            + "typing its letter. Tab or ↓ goes to the next question; in a table, Tab, a space or a comma goes to "
            + "the next cell. When every question on a page is right, Enter turns the page.",
        "Commands are on Ctrl- keys, which are never part of an answer: " + String.join(", ", commands)
            + ". The footer shows the main ones (^N means Ctrl-N).",
        "Your progress is saved after every answer, for the learner \"" + Text.clean(learner) + "\", in "
            + Text.clean(location) + ". Start descent with --learner NAME to keep someone else's progress apart.");
  }

  /** The first screen of a new learner: the guide, closed by Enter (or any key that does not scroll it). */
  static NoticeView welcome(String learner, String location) {
    List<String> text = new ArrayList<>(paragraphs(learner, location));
    text.add("Press Enter to start. Ctrl-G shows this again, with every key.");
    return new NoticeView("descent · welcome", "Welcome to descent", Role.TITLE, text);
  }
}
