package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.descent.render.Cells;
import dev.descent.ui.Wrap;
import java.util.ArrayList;
import java.util.List;

/** How descent works and every key; ↑ ↓ scroll it when the window is small, any other key closes it. */
final class HelpView implements View {
  /** Keys that move and edit, which are not commands: each a key and what it does. */
  private static final String[][] EDITING = {
      {"Enter", "check the marked answer; with nothing new to check, the next page once all on it are right"},
      {"Tab Shift-Tab", "next or previous question; in a table, next or previous cell (Tab stays in the table)"},
      {"↓ ↑", "next or previous question; in a table, the row below or above"},
      {"Space ,", "in a table: on to the next cell, so a row is typed as numbers in a line"},
      {"← → Home End", "move in your answer (Ctrl-A and Ctrl-E go to its start and end)"},
      {"Backspace Del", "remove a letter; Ctrl-U removes all before the cursor, Ctrl-K all after, Ctrl-W a word"},
      {"PgDn PgUp", "scroll the page"},
      {"Esc", "keep an earlier answer that is selected, to change it instead of replacing it"},
  };
  private static final String[][] READING = {
      {"Enter →", "next page"},
      {"←", "previous page"},
      {"↓ ↑ PgDn PgUp", "scroll; < > scroll sideways when lines are wider than the window"},
  };
  private static final String[][] LIST = {
      {"↑ ↓ Enter", "choose a lesson and open it (or type its number); q and ? work here too"},
  };

  private final List<String> guide;
  private final Scrolling scroll = new Scrolling();

  HelpView(String learner, String location) {
    this.guide = Guide.paragraphs(learner, location);
  }

  @Override
  public Frame render(int width, int height) {
    List<Line> lines = new ArrayList<>();
    lines.add(Line.of("How descent works", Role.TITLE));
    for (String p : guide) {
      for (String l : Wrap.lines(p, width)) {
        lines.add(Line.of(l));
      }
      lines.add(Line.EMPTY);
    }
    List<String[]> commands = new ArrayList<>();
    for (Shortcut s : Shortcut.values()) {
      commands.add(new String[] {s.spelled(), s.does()});
    }
    section(lines, "Commands, anywhere (Ctrl- keys: never part of an answer)", commands.toArray(String[][]::new),
        width);
    section(lines, "On a page with questions: typing goes to the marked one (▸)", EDITING, width);
    section(lines, "On a page with nothing to answer", READING, width);
    section(lines, "In the lesson list", LIST, width);
    lines.add(Line.of("Progress is saved after every answer and when you quit.", Role.DIM));
    List<Line> body = scroll.window(lines, height);
    Footer footer = new Footer("", List.of(Footer.key("↑↓", "scroll"), Footer.essential("any other key", "close")));
    return new Frame("descent · help", body, 0, Line.of(scroll.moreBelow(lines) + "Press any other key to go back.", Role.DIM), footer,
        -1, -1);
  }

  private static void section(List<Line> lines, String title, String[][] keys, int width) {
    lines.add(Line.of(title, Role.TITLE));
    for (String[] k : keys) {
      List<String> does = Wrap.lines(k[1], Math.max(10, width - 17));
      for (int i = 0; i < does.size(); i++) {
        String key = i == 0 ? "  " + Cells.padRight(k[0], 14) + " " : " ".repeat(17);
        lines.add(Line.of(key, Role.KEY).plus(does.get(i), Role.NORMAL));
      }
    }
    lines.add(Line.EMPTY);
  }

  @Override
  public Action handle(KeyStroke k) {
    return scroll.handle(k);
  }
}
