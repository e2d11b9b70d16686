package dev.descent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.lesson.CourseFile;
import dev.descent.lesson.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's index of the built-in course, and the built-in course read through it. */
class CourseIndexTest {

  @Test
  void theIndexListsLessonsThenExercisesWithTheirIdsAndKinds(@TempDir Path project) throws IOException {
    Files.createDirectories(project.resolve("lessons"));
    Files.createDirectories(project.resolve("exercises"));
    Files.writeString(project.resolve("lessons/02-b.json"), "{\"kind\": \"lesson\", \"id\": \"bee\", \"pages\": []}");
    Files.writeString(project.resolve("lessons/01-a.json"), "{\"id\": \"ay\", \"kind\": \"lesson\"}");
    Files.writeString(project.resolve("lessons/_draft.json"), "{\"id\": \"draft\", \"kind\": \"lesson\"}");
    Files.writeString(project.resolve("exercises/01-hw.json"), "{\"format\": 1, \"id\": \"hw\", \"kind\": \"exercises\"}");
    List<Diagnostic> problems = new ArrayList<>();

    assertThat(CourseIndex.lines(project, problems)).containsExactly(
        "lessons/01-a.json\tay\tlesson",
        "lessons/02-b.json\tbee\tlesson",
        "exercises/01-hw.json\thw\texercises");
    assertThat(problems).isEmpty();
  }

  @Test
  void aFileWithoutAnIdStopsTheBuildWithItsName(@TempDir Path project) throws IOException {
    Files.createDirectories(project.resolve("lessons"));
    Files.writeString(project.resolve("lessons/01-a.json"), "{\"kind\": \"lesson\", \"pages\": [");
    List<Diagnostic> problems = new ArrayList<>();

    assertThat(CourseIndex.lines(project, problems)).isEmpty();
    assertThat(problems).singleElement().asString().contains("01-a.json", "descent validate");
  }

  @Test
  void theBuiltInCourseIsReadThroughTheIndexWithItsIdsKnown() throws IOException {
    List<CourseFile> files = BuiltInCourse.files();

    assertThat(files).isNotNull();
    assertThat(files).extracting(CourseFile::shown).startsWith("course/lessons/01-update-rule.json")
        .contains("course/exercises/03-sgd-homework.json");
    CourseFile sgd = files.stream().filter(f -> f.shown().endsWith("03-sgd-homework.json")).findFirst().orElseThrow();
    assertThat(sgd.head()).isEqualTo(new CourseFile.Head("sgd-homework", true));
    try (var in = sgd.opener().open()) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"sgd-homework\"");
    }
  }

  @Test
  void theListingsOfTheIndexSayWhatTheLoadedLessonsSay(@TempDir Path data) {
    FileCourse loaded = new FileCourse(CourseLoader.builtIn(), dev.descent.progress.ProgressStore.open(data));
    // some progress, so that the standings differ from lesson to lesson
    var session = loaded.open("update-rule", "ann");
    session.visit(4);
    session.answer("by-hand.dldw", "2w - 6");
    session.answer("by-hand.g0", "5");
    session.save();
    FileCourse listed = FileCourse.builtIn(dev.descent.progress.ProgressStore.open(data));

    assertThat(listed.lessons()).isEqualTo(loaded.lessons());
    for (var l : loaded.lessons()) {
      assertThat(listed.status(l.id(), "ann")).as(l.id()).isEqualTo(loaded.status(l.id(), "ann"));
    }
    assertThat(listed.status("update-rule", "ann").solved()).isEqualTo(1);
  }

  @Test
  void titlesAndSummariesKeepTabsLineBreaksAndBackslashesThroughTheIndex() {
    String text = "a\tb\\c\nd";
    assertThat(BuiltInCourse.unescape(CourseIndex.escape(text))).isEqualTo(text);
  }
}
