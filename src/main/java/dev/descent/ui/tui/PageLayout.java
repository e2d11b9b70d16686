package dev.descent.ui.tui;

import dev.descent.course.Block;
import dev.descent.course.Page;
import dev.descent.ui.Text;
import dev.descent.ui.Wrap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Lays a page out as lines for a width: prose wrapped, preformatted text as written, displays drawn for the width. */
final class PageLayout {
  private final Map<Block.Display, Drawn> displays = new IdentityHashMap<>();
  private final boolean figures;

  /** A layout that draws figures under their descriptions, or (false) shows the descriptions alone. */
  PageLayout(boolean figures) {
    this.figures = figures;
  }

  /** A display drawn at one width. */
  private record Drawn(int width, List<String> lines) {}

  /** Where a question's lines are: its first line, its answer field, and the line after its last. */
  record Place(int start, int field, int end) {}

  /** The page's lines, each question's place, and the cursor's line and column (-1 when not typing). */
  record Result(List<Line> lines, Map<String, Place> places, int cursorLine, int cursorColumn) {

    /** The widest line, to know whether sideways scrolling is needed. */
    int widest() {
      int w = 0;
      for (Line l : lines) {
        w = Math.max(w, l.length());
      }
      return w;
    }
  }

  /** The page's lines for {@code width}; {@code labels} names each question ("Question 7 of 22"), by id. */
  Result render(Page page, Map<String, QuestionState> states, String selected, Map<String, String> labels, int width) {
    List<Line> lines = new ArrayList<>();
    Map<String, Place> places = new HashMap<>();
    int cursorLine = -1;
    int cursorColumn = -1;
    if (page.title() != null && !page.title().isBlank()) {
      lines.add(Line.of(Text.clean(page.title()), Role.TITLE));
    }
    for (Block b : page.blocks()) {
      if (!lines.isEmpty()) {
        lines.add(Line.EMPTY);
      }
      if (b instanceof Block.Paragraph p) {
        paragraph(p, width, lines);
      } else if (b instanceof Block.Display d) {
        if (d.caption() != null && !d.caption().isBlank()) {
          lines.add(Line.of(Text.clean(d.caption()), Role.DIM));
        }
        if (d.figure()) {
          for (String l : Wrap.lines(d.description(), width)) {
            lines.add(Line.of(l, Role.MESSAGE));
          }
        }
        if (figures || !d.figure()) {
          for (String l : draw(d, width)) {
            lines.add(Line.of(Text.clean(l)));
          }
        }
      } else if (b instanceof Block.Ask a) {
        String id = a.question().id();
        QuestionBlock.Rendered r = QuestionBlock.render(states.get(id), labels.getOrDefault(id, "Question"),
            id.equals(selected), width);
        int start = lines.size();
        if (r.cursorLine() >= 0) {
          cursorLine = start + r.cursorLine();
          cursorColumn = r.cursorColumn();
        }
        lines.addAll(r.lines());
        places.put(id, new Place(start, start + r.fieldLine(), lines.size()));
      }
    }
    return new Result(lines, places, cursorLine, cursorColumn);
  }

  private static void paragraph(Block.Paragraph p, int width, List<Line> out) {
    if (p.preformatted()) {
      for (String l : Text.clean(p.text()).split("\n", -1)) {
        out.add(Line.of(l.stripTrailing()));
      }
    } else {
      for (String l : Wrap.lines(p.text(), width)) {
        out.add(Line.of(l));
      }
    }
  }

  private List<String> draw(Block.Display d, int width) {
    Drawn cached = displays.get(d);
    if (cached == null || cached.width() != width) {
      cached = new Drawn(width, d.lines(width));
      displays.put(d, cached);
    }
    return cached.lines();
  }
}
