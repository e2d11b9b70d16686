package dev.descent.ui.plain;

import dev.descent.ui.LessonMap;
import dev.descent.ui.LessonsCourse;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Runs plain mode in-process on typed lines, over the real lessons with progress under a folder, and keeps what it printed. */
record PlainSession(String output, LessonsCourse course) {
  static final String LEARNER = "ann";

  static PlainSession run(Path data, Optional<String> lesson, String... lines) {
    LessonsCourse course = new LessonsCourse(data);
    StringWriter out = new StringWriter();
    String input = lines.length == 0 ? "" : String.join("\n", lines) + "\n";
    new PlainUi(course, LEARNER, new BufferedReader(new StringReader(input)), new PrintWriter(out, true)).run(lesson);
    return new PlainSession(out.toString(), course);
  }

  /**
   * Typed into {@code lesson} at the page of the problem (or with the title) {@code where}, found by
   * {@link LessonMap} and set in the progress file as an earlier run leaves it.
   */
  static PlainSession at(Path data, String lesson, String where, String... lines) {
    LessonsCourse.resumeAt(data, LEARNER, lesson, LessonMap.of(lesson).page(where));
    return run(data, Optional.of(lesson), lines);
  }
}
