package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.descent.ui.Text;
import dev.descent.ui.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * Something the learner should read before going on, such as a progress file that was set aside or the
 * guide a new learner starts with; ↑ ↓ scroll it, any other key closes it.
 */
final class NoticeView implements View {
  private final String header;
  private final String title;
  private final Role titleRole;
  private final List<String> paragraphs;
  private final String closing;
  private int top;
  private int height = 20;

  /** A notice that something needed attention. */
  NoticeView(String title, List<String> paragraphs) {
    this("descent · notice", title, Role.WRONG, paragraphs);
  }

  NoticeView(String header, String title, Role titleRole, List<String> paragraphs) {
    this(header, title, titleRole, paragraphs, "Press Enter to go on.");
  }

  /** A notice whose status line says {@code closing} (what closes it) instead of "Press Enter to go on.". */
  NoticeView(String header, String title, Role titleRole, List<String> paragraphs, String closing) {
    this.header = header;
    this.title = title;
    this.titleRole = titleRole;
    this.paragraphs = List.copyOf(paragraphs);
    this.closing = closing;
  }

  @Override
  public Frame render(int width, int height) {
    this.height = height;
    List<Line> lines = new ArrayList<>();
    lines.add(Line.of(Text.clean(title), titleRole));
    for (String p : paragraphs) {
      lines.add(Line.EMPTY);
      for (String l : Wrap.lines(p, width)) {
        lines.add(Line.of(l));
      }
    }
    top = Math.max(0, Math.min(top, lines.size() - height));
    String more = lines.size() > top + height ? "↓ more below. " : "";
    return new Frame(header, lines.subList(top, Math.min(lines.size(), top + height)), 0,
        Line.of(more + closing, Role.DIM),
        new Footer("", List.of(Footer.key("↑↓", "scroll"), Footer.essential("Enter", "go on"))), -1, -1);
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
