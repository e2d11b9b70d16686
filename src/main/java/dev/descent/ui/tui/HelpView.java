package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.descent.render.Cells;
import dev.descent.ui.Wrap;
import java.util.ArrayList;
import java.util.List;

/** Every key, by mode; ↑ ↓ scroll it when the window is small, any other key closes it. */
final class HelpView implements View {
  private static final String[][] KEYS = {
      {"", "Reading a lesson (the footer says READING)"},
      {"→ ← or n p", "next or previous page"},
      {"↓ ↑ PgDn PgUp", "scroll (also Space, Home, End, j, k)"},
      {"< >", "scroll sideways when lines are wider than the window"},
      {"Tab or Enter", "answer the selected question (marked ▸)"},
      {"0-9 - . ( [", "start typing an answer right away"},
      {"h", "the next hint for the selected question"},
      {"s", "its worked solution (after one attempt that counts)"},
      {"l", "back to the lesson list"},
      {"", "Answering (the footer says ANSWERING)"},
      {"Enter", "check your answer"},
      {"Tab Shift-Tab", "next or previous field: table cell or question"},
      {"← → ↑ ↓", "move in your answer; in a table, between cells"},
      {"Esc", "stop typing: letters are commands again"},
      {"", "Anywhere"},
      {"q", "save and quit (while reading; Ctrl-C quits anywhere)"},
      {"?", "this help"},
      {"", "In the lesson list"},
      {"↑ ↓ Enter", "choose a lesson and open it (or type its number)"},
  };


  private int top;
  private int height = 20;

  @Override
  public Frame render(int width, int height) {
    this.height = height;
    List<Line> lines = new ArrayList<>();
    for (String[] k : KEYS) {
      if (k[0].isEmpty()) {
        if (!lines.isEmpty()) {
          lines.add(Line.EMPTY);
        }
        lines.add(Line.of(k[1], Role.TITLE));
        continue;
      }
      List<String> does = Wrap.lines(k[1], Math.max(10, width - 16));
      for (int i = 0; i < does.size(); i++) {
        String key = i == 0 ? "  " + Cells.padRight(k[0], 13) + " " : " ".repeat(16);
        lines.add(Line.of(key, Role.KEY).plus(does.get(i), Role.NORMAL));
      }
    }
    lines.add(Line.EMPTY);
    lines.add(Line.of("Progress is saved after every answer and when you quit.", Role.DIM));
    top = Math.max(0, Math.min(top, lines.size() - height));
    List<Line> body = lines.subList(top, Math.min(lines.size(), top + height));
    Footer footer = new Footer("HELP", List.of(Footer.key("↑↓", "scroll"), Footer.essential("any other key", "close")));
    String more = lines.size() > top + height ? "↓ more below. " : "";
    return new Frame("descent · keys", body, 0, Line.of(more + "Press any other key to go back.", Role.DIM), footer,
        -1, -1);
  }

  @Override
  public Action handle(KeyStroke k) {
    int next = Scrolling.handle(k, top, height);
    if (next < 0) {
      return Action.CLOSE;
    }
    top = next;
    return Action.NONE;
  }
}
