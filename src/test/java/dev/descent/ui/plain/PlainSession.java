package dev.descent.ui.plain;

import dev.descent.ui.FakeCourse;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;

/** Runs plain mode in-process on typed lines and keeps what it printed. */
record PlainSession(String output, FakeCourse course) {

  static PlainSession run(FakeCourse course, Optional<String> lesson, String... lines) {
    StringWriter out = new StringWriter();
    String input = lines.length == 0 ? "" : String.join("\n", lines) + "\n";
    new PlainUi(course, "ann", new BufferedReader(new StringReader(input)), new PrintWriter(out, true)).run(lesson);
    return new PlainSession(out.toString(), course);
  }

  /** Typed into lesson 1 from its first page: Enter past the text page and the display page. */
  static PlainSession inLessonOne(String... answers) {
    String[] lines = new String[answers.length + 2];
    lines[0] = "";
    lines[1] = "";
    System.arraycopy(answers, 0, lines, 2, answers.length);
    return run(new FakeCourse(), Optional.of("update-rule"), lines);
  }
}
