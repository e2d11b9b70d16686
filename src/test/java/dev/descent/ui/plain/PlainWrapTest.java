package dev.descent.ui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Block;
import dev.descent.course.Page;
import dev.descent.progress.ProgressStore;
import dev.descent.render.Cells;
import dev.descent.session.CourseLoader;
import dev.descent.session.FileCourse;
import dev.descent.ui.Settings;
import dev.descent.ui.Text;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain mode on a terminal wraps prose at word boundaries to its width; for a pipe every paragraph is one line. */
class PlainWrapTest {
  @TempDir Path data;

  private String lessonOne(String dir, int width) {
    FileCourse course = new FileCourse(CourseLoader.builtIn(), ProgressStore.open(data.resolve(dir)));
    StringWriter out = new StringWriter();
    new PlainUi(course, "ann", new BufferedReader(new StringReader(":next\n".repeat(40))), new PrintWriter(out, true),
        new Settings(width, true, null)).run(Optional.of("update-rule"));
    return out.toString().replace("\r\n", "\n");
  }

  private List<String> paragraphs() {
    FileCourse course = new FileCourse(CourseLoader.builtIn(), ProgressStore.open(data.resolve("read")));
    return course.open("update-rule", "ann").pages().stream().flatMap(p -> p.blocks().stream())
        .filter(b -> b instanceof Block.Paragraph p && !p.preformatted())
        .map(b -> Text.clean(((Block.Paragraph) b).text()).strip().replaceAll("\\s+", " ")).toList();
  }

  @Test
  void onATerminalProseWrapsAtWordsToItsWidth() {
    String out = lessonOne("terminal", 40);
    String flowed = out.replaceAll("\\s+", " ");
    List<String> paragraphs = paragraphs();
    for (String p : paragraphs) {
      assertThat(flowed).contains(p);
      if (Cells.width(p) > 40) {
        assertThat(out).doesNotContain(p);
      }
    }
    for (String line : out.split("\n")) {
      if (paragraphs.stream().anyMatch(p -> p.contains(line.strip())) && !line.isBlank()) {
        assertThat(Cells.width(line)).as(line).isLessThanOrEqualTo(40);
        assertThat(line).doesNotEndWith(" =").doesNotEndWith(" −");
      }
    }
  }

  @Test
  void forAPipeEachParagraphIsOneLine() {
    String out = lessonOne("pipe", 0);
    for (String p : paragraphs()) {
      assertThat(out).contains(p + "\n");
    }
  }

  @Test
  void aPageOfTheCourseShowsNoLineWiderThanTheTerminalExceptFiguresAndFormulas() {
    // the typed lines are not echoed here as a terminal would, so prompts run into the next line
    String out = lessonOne("wide", 60).replaceAll("(answer|page|lesson)> ", "");
    assertThat(out.split("\n")).filteredOn(l -> Cells.width(l) > 60)
        .allSatisfy(l -> assertThat(l).matches("^( {2,}.*|.*[|+].*)$"));
  }
}
