package dev.descent.ui.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.descent.course.Block;
import dev.descent.course.LessonInfo;
import dev.descent.course.Page;
import dev.descent.progress.ProgressStore;
import dev.descent.render.Cells;
import dev.descent.session.CourseLoader;
import dev.descent.session.FileCourse;
import dev.descent.ui.LessonsCourse;
import dev.descent.ui.Settings;
import dev.descent.ui.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every page of every shipped lesson (at the four sizes issue 11 tried), drawn by the real text UI
 * through Lanterna's screen into a terminal that places characters as tmux does ({@link CellTerminal}),
 * page after page (Ctrl-N) and
 * scrolled a window at a time (PgDn), so that each frame is drawn over the one before: what shows must be exactly what
 * the frame holds (no stray characters left from an earlier frame, nothing shifted), and what the
 * frames hold must be the page's own text, its formulas with p̂, x̃, m̂ and v̂ included, and each
 * figure's description; with figures off, no line of a figure may show. On a terminal that shows only
 * ASCII (a C locale), every cell holds ASCII and the page's text shows in its stand-ins (η as eta).
 */
class EveryPageOnScreenTest {
  @TempDir Path data;

  @ParameterizedTest(name = "{0}x{1}, figures {2}, ASCII only {3}")
  @CsvSource({"100, 30, true, false", "80, 24, true, false", "60, 20, true, false", "40, 15, true, false",
      "80, 24, false, false", "80, 24, true, true", "40, 15, true, true"})
  void everyPageShowsItsOwnTextAndNothingElse(int columns, int rows, boolean figures, boolean ascii)
      throws IOException {
    Cells.showAsciiOnly(ascii);
    try {
      everyPage(columns, rows, figures, ascii);
    } finally {
      Cells.showAsciiOnly(false);
    }
  }

  private void everyPage(int columns, int rows, boolean figures, boolean ascii) throws IOException {
    FileCourse course = new FileCourse(CourseLoader.builtIn(), ProgressStore.open(data));
    // a learner who has been here before, so that no first-start guide stands in front of the pages
    LessonsCourse.resumeAt(data, "screen", course.lessons().get(0).id(), 1);
    CellTerminal terminal = new CellTerminal(columns, rows);
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    TextUi ui = new TextUi(course, "screen", screen, true, new Settings(0, figures, null));
    for (LessonInfo lesson : course.lessons()) {
      List<Page> pages = course.open(lesson.id(), "screen").pages();
      ui.start(Optional.of(lesson.id()));
      ui.draw();
      for (int p = 0; p < pages.size(); p++) {
        if (p > 0) {
          press(ui, new KeyStroke('n', true, false));
        }
        String where = lesson.id() + " page " + (p + 1) + " at " + columns + "x" + rows;
        List<String> seen = readWholePage(ui, terminal, columns, rows, where);
        if (ascii) {
          assertThat(seen).as("%s on a terminal that shows only ASCII", where).allMatch(l -> l.matches("[ -~]*"));
        }
        hasTheTextOf(pages.get(p), seen, columns - 2, where);
        if (!figures) {
          showsNoFigure(pages.get(p), seen, columns - 2, where);
        }
      }
    }
    screen.stopScreen();
  }

  /**
   * The page's lines as they show, from its top (PgUp) scrolling down a window at a time with PgDn (↓ moves
   * between questions) and joining each window to the lines before where they overlap; checks every frame
   * on the way.
   */
  private static List<String> readWholePage(TextUi ui, CellTerminal terminal, int columns, int rows, String where) {
    Frame f = ui.shown();
    matchesFrame(terminal, f, columns, rows, where);
    // a page with questions opens where its marked question shows: PgUp to its top first
    List<String> last;
    do {
      last = window(terminal, f, columns);
      press(ui, new KeyStroke(KeyType.PageUp));
      f = ui.shown();
      matchesFrame(terminal, f, columns, rows, where);
    } while (!window(terminal, f, columns).equals(last));
    List<String> seen = new ArrayList<>(last);
    while (f.status().text().contains("more below")) {
      press(ui, new KeyStroke(KeyType.PageDown));
      f = ui.shown();
      matchesFrame(terminal, f, columns, rows, where);
      List<String> next = window(terminal, f, columns);
      seen.addAll(next.subList(overlap(seen, next), next.size()));
    }
    return seen;
  }

  private static List<String> window(CellTerminal terminal, Frame f, int columns) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < f.body().size(); i++) {
      rows.add(terminal.row(1 + i, 1, columns - 1));
    }
    return rows;
  }

  /** The most lines that end {@code seen} and begin {@code next}. */
  private static int overlap(List<String> seen, List<String> next) {
    for (int k = Math.min(seen.size(), next.size()); k > 0; k--) {
      if (seen.subList(seen.size() - k, seen.size()).equals(next.subList(0, k))) {
        return k;
      }
    }
    return 0;
  }

  /** The screen's header and body rows hold exactly the frame's text, cut to the window. */
  private static void matchesFrame(CellTerminal terminal, Frame f, int columns, int rows, String where) {
    assertThat(terminal.row(0, 1, columns - 1).stripTrailing()).as("header of %s", where)
        .isEqualTo(Cells.shown(Text.fit(f.header(), columns - 2)).stripTrailing());
    // one comparison of all the rows; the screen is written out only when they differ
    List<String> shown = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int r = 0; r < rows - 3; r++) {
      shown.add(terminal.row(1 + r, 1, columns - 1).stripTrailing());
      expected.add(r < f.body().size()
          ? Cells.shown(Cells.cut(f.body().get(r).text(), columns - 2)).stripTrailing() : "");
    }
    assertThat(shown).as(() -> "the rows of " + where + "; the screen:\n" + terminal.screen()).isEqualTo(expected);
  }

  /** Each paragraph, formula line and question prompt of the page shows, word for word. */
  private static void hasTheTextOf(Page page, List<String> seen, int width, String where) {
    String shown = collapse(String.join(" ", seen));
    List<String> expected = new ArrayList<>();
    for (Block b : page.blocks()) {
      if (b instanceof Block.Paragraph p && p.preformatted()) {
        for (String line : Text.clean(p.text()).split("\n")) {
          expected.add(Cells.cut(line.stripTrailing(), width));
        }
      } else if (b instanceof Block.Paragraph p) {
        expected.add(Text.clean(p.text()));
      } else if (b instanceof Block.Ask a) {
        expected.add(Text.clean(a.question().prompt()));
      } else if (b instanceof Block.Display d && d.figure()) {
        expected.add(d.description());
      }
    }
    for (String e : expected) {
      assertThat(shown).as("the text of %s", where).contains(collapse(Cells.shown(e)));
    }
  }

  /** With figures off, no line of a plot or map shows: only its description. */
  private static void showsNoFigure(Page page, List<String> seen, int width, String where) {
    List<String> rows = new ArrayList<>();
    for (String s : seen) {
      rows.add(s.strip());
    }
    for (Block b : page.blocks()) {
      if (b instanceof Block.Display d && d.figure()) {
        for (String art : d.lines(width)) {
          if (art.strip().length() >= 10) {
            assertThat(rows).as("a line of a figure on %s", where).doesNotContain(Cells.cut(art, width).strip());
          }
        }
      }
    }
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static void press(TextUi ui, KeyStroke key) {
    ui.press(key);
    try {
      ui.draw();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
