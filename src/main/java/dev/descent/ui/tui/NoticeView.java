package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.descent.ui.Text;
import dev.descent.ui.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * Something the learner should read before going on, such as a progress file that was set aside or the
 * guide a new learner starts with; ↑ ↓ scroll it, any other key closes it (over a lesson, a typed
 * character then goes on to the answer: see {@link TextUi#press}).
 */
final class NoticeView implements View {
  private final String header;
  private final String title;
  private final Role titleRole;
  private final List<String> paragraphs;
  private final String closing;
  private final Scrolling scroll = new Scrolling();

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
    List<Line> lines = new ArrayList<>();
    lines.add(Line.of(Text.clean(title), titleRole));
    for (String p : paragraphs) {
      lines.add(Line.EMPTY);
      for (String l : Wrap.lines(p, width)) {
        lines.add(Line.of(l));
      }
    }
    List<Line> body = scroll.window(lines, height);
    return new Frame(header, body, 0, Line.of(scroll.moreBelow(lines) + closing, Role.DIM),
        new Footer("", List.of(Footer.key("↑↓", "scroll"), Footer.essential("Enter", "go on"))), -1, -1);
  }

  @Override
  public Action handle(KeyStroke k) {
    return scroll.handle(k);
  }
}
