package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.Course;
import dev.descent.course.LearnerReport;
import dev.descent.course.PracticeRound;
import dev.descent.course.LessonInfo;
import dev.descent.course.LessonSession;
import dev.descent.course.LessonStatus;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseRunTest {
  @TempDir Path data;

  /** A course whose lesson cannot be opened: a bug in descent, as the learner would meet it. */
  private static final class BrokenCourse implements Course {
    @Override public List<LessonInfo> lessons() { return List.of(new LessonInfo("one", "One", "", false, 1, 0)); }

    @Override public List<String> warnings() { return List.of(); }

    @Override public LessonSession open(String lessonId, String learner) { throw new IllegalStateException("boom"); }

    @Override public LessonStatus status(String lessonId, String learner) { return new LessonStatus(0, 0, 0, 0); }

    @Override public boolean isNew(String learner) { return false; }

    @Override public String progressLocation(String learner) { return "nowhere"; }

    @Override public PracticeRound practice(String lesson, String problem, String learner) {
      throw new IllegalStateException("boom");
    }

    @Override public LessonSession review(String lesson, String learner) { throw new IllegalStateException("boom"); }

    @Override public LearnerReport report(String learner) {
      return new LearnerReport(learner, java.time.Instant.EPOCH, List.of(), List.of(), List.of(), List.of());
    }
  }

  @Test
  void anUnexpectedErrorGoesToTheLogAndTheLearnerSeesOneLineSayingWhere() throws Exception {
    CourseOptions options = new CourseOptions();
    options.dataDir = data;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console console = new Console(new ByteArrayInputStream("1\n".getBytes(StandardCharsets.UTF_8)), false, Map.of());
    int exit = CourseRun.run(console, options, Optional.empty(), new PrintWriter(out, true), new PrintWriter(err, true),
        dir -> new BrokenCourse());
    Path log = data.resolve("descent-errors.log");
    assertThat(exit).isEqualTo(Main.INTERNAL);
    assertThat(err.toString().strip()).isEqualTo("descent stopped after an unexpected error; the details are in " + log);
    assertThat(out.toString() + err).doesNotContain("IllegalStateException", "\tat ");
    assertThat(Files.readString(log)).contains("IllegalStateException: boom", "\tat ");
  }
}
