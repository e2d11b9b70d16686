package dev.descent.ui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Block;
import dev.descent.course.LessonInfo;
import dev.descent.course.Page;
import dev.descent.progress.ProgressStore;
import dev.descent.session.CourseLoader;
import dev.descent.session.FileCourse;
import dev.descent.ui.Settings;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every plot and contour map of the shipped course, through plain mode: its one-line description
 * comes first, and with figures off it is all that shows, so a screen reader reads no plot art.
 */
class FiguresInPlainModeTest {
  @TempDir Path data;
  private int walks;

  @Test
  void withFiguresOffOnlyTheDescriptionsShow() {
    FileCourse course = new FileCourse(CourseLoader.builtIn(), ProgressStore.open(data));
    int figures = 0;
    for (LessonInfo lesson : course.lessons()) {
      String off = walk(fresh(), lesson.id(), false);
      String on = walk(fresh(), lesson.id(), true);
      for (Block.Display d : figures(course, lesson.id())) {
        figures++;
        assertThat(off).contains(d.description());
        assertThat(on).contains(d.description() + "\n" + d.lines(80).get(0).stripTrailing());
        for (String art : d.lines(80)) {
          if (art.strip().length() >= 10) {
            assertThat(off).as("a line of a figure in %s with figures off", lesson.id())
                .doesNotContain(art.stripTrailing());
          }
        }
      }
    }
    assertThat(figures).as("figures in the course").isGreaterThan(5);
  }

  /** The course with no progress yet, so that a walk starts at the first page. */
  private FileCourse fresh() {
    return new FileCourse(CourseLoader.builtIn(), ProgressStore.open(data.resolve("walk-" + walks++)));
  }

  private static List<Block.Display> figures(FileCourse course, String lesson) {
    List<Block.Display> out = new ArrayList<>();
    for (Page p : course.open(lesson, "reader").pages()) {
      for (Block b : p.blocks()) {
        if (b instanceof Block.Display d && d.figure()) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** The whole lesson in plain mode, every question skipped. */
  private static String walk(FileCourse course, String lesson, boolean figures) {
    StringWriter out = new StringWriter();
    String input = ":next\n".repeat(300);
    new PlainUi(course, "reader", new BufferedReader(new StringReader(input)), new PrintWriter(out, true),
        new Settings(0, figures, null)).run(Optional.of(lesson));
    return out.toString().replace("\r\n", "\n");
  }
}
