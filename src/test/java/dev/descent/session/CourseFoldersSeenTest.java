package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether an instructor's folders hold anything to read: the image's empty course/ folder does not (so the
 * lesson list stays on the build's index and parses no lesson), a lesson file or any other entry does (so
 * it is read, or said why not).
 */
class CourseFoldersSeenTest {
  @TempDir Path dir;

  @Test
  void theImagesEmptyCourseFolderHoldsNothing() throws IOException {
    Path course = Files.createDirectories(dir.resolve("course"));
    Files.createDirectories(course.resolve("lessons"));
    Files.createDirectories(course.resolve("exercises"));
    Files.writeString(course.resolve("README.txt"), "your own lessons go in lessons/");
    assertThat(CourseLoader.holdNothing(List.of(course))).isTrue();
    assertThat(CourseLoader.holdNothing(List.of())).isTrue();
  }

  @Test
  void aLessonFileOrAnyOtherEntryIsSomethingToRead() throws IOException {
    Path course = Files.createDirectories(dir.resolve("course"));
    Files.createDirectories(course.resolve("lessons"));
    Path exercises = Files.createDirectories(course.resolve("exercises"));
    Files.writeString(exercises.resolve("set.json"), "{}");
    assertThat(CourseLoader.holdNothing(List.of(course))).isFalse();
    Path flat = Files.createDirectories(dir.resolve("flat"));
    Files.writeString(flat.resolve("notes.txt"), "not a lesson");
    assertThat(CourseLoader.holdNothing(List.of(flat))).as("said why it is not read").isFalse();
  }
}
