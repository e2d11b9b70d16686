package dev.descent.ui.tui;

import dev.descent.course.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** The bottom two lines of a lesson page: what is true of the page now, and the keys. */
final class PageStatus {
  private PageStatus() {}

  /**
   * The status line when there is no message: whether there is more below, and what is left on the page,
   * judged from the latest answer to every question on it ({@code number} gives a question's number).
   */
  static Line line(PageQuestions questions, boolean lastPage, boolean moreBelow, boolean wide,
      ToIntFunction<String> number) {
    List<String> parts = new ArrayList<>();
    Role role = Role.DIM;
    if (wide && questions.isEmpty()) {
      parts.add("< > scroll sideways");
    }
    if (moreBelow) {
      parts.add("↓ more below: PgDn");
    }
    if (questions.isEmpty()) {
      parts.add(lastPage ? "End of the lesson: ^L for the lesson list, ^X to quit" : "Enter for the next page");
    } else if (questions.allRight()) {
      parts.add("Every question on this page is answered right: " + (lastPage ? "this is the last page, ^L for "
          + "the lesson list." : "Enter for the next page."));
      role = Role.RIGHT;
    } else if (questions.untouched()) {
      parts.add("Type your answer, then Enter; ^N skips to the next page");
    } else {
      List<String> open = new ArrayList<>();
      for (Question q : questions.open()) {
        open.add(String.valueOf(number.applyAsInt(q.id())));
      }
      parts.add("Not right yet: question" + (open.size() == 1 ? " " : "s ") + String.join(", ", open)
          + "; ^N skips to the next page");
    }
    return Line.of(String.join(" · ", parts), role);
  }

  /** The footer of a page with a question to answer, or of one with nothing to answer. */
  static Footer footer(boolean questions) {
    if (!questions) {
      return new Footer("", List.of(Footer.essential("Enter", "next page"), Footer.key("←", "back"),
          Footer.key("↑↓", "scroll"), Shortcut.LESSONS.item(false), Shortcut.HELP.item(true),
          Shortcut.QUIT.item(true)));
    }
    return new Footer("", List.of(Footer.essential("Enter", "check"), Footer.key("Tab", "next field"),
        Shortcut.NEXT_PAGE.item(false), Shortcut.PREVIOUS_PAGE.item(false), Shortcut.HINT.item(false),
        Shortcut.SOLUTION.item(false), Shortcut.HELP.item(true), Shortcut.QUIT.item(true)));
  }
}
