package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.course.LessonSession;
import dev.descent.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that refuses progress does not end the lesson: the learner is told once, and every later save tries again. */
class SavingFailuresTest {
  @TempDir Path data;

  @Test
  void aFailedSaveIsSaidOnceAndALaterSaveThatWorksIsSaidToo() throws IOException {
    Path blocker = Files.writeString(data.resolve("learners"), "a file where the learners folder should be");
    LessonSession lesson = new FileCourse(CourseLoader.builtIn(), ProgressStore.open(data)).open("1", "alice");
    lesson.visit(1);
    assertThat(lesson.saved()).isFalse();
    assertThat(lesson.notices()).singleElement().asString().contains("cannot be saved", "learners");
    lesson.visit(2);
    assertThat(lesson.notices()).as("said once").isEmpty();
    Files.delete(blocker);
    lesson.visit(3);
    assertThat(lesson.saved()).isTrue();
    assertThat(lesson.notices()).containsExactly("Progress is saved again.");
    assertThat(ProgressStore.open(data).load("alice").progress().lessons()).isNotEmpty();
  }
}
