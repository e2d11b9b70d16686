package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instructor's own course folder, named by DESCENT_COURSE or dropped into the image's course/: its
 * lesson follows the built-in ones, its set is found by id, and completion offers both. The folder
 * holds lesson 1 under another id and title, and the test fixture's exercise set.
 */
class InstructorCourseIT {
  private static final String LESSON_ID = "my-update-rule";
  private static final String LESSON_TITLE = "The update rule, our way";
  private static final String SET_ID = "fixture-homework";
  /** The titles of exercises/03-sgd-homework.json and of the test fixture, to tell which one was used. */
  private static final String BUILT_IN_SGD_TITLE = "Homework: SGD steps";
  private static final String FIXTURE_TITLE = "Fixture homework";

  @TempDir Path work;

  /** Writes the instructor's folder, with lessons/ and exercises/, under {@code into}. */
  private static void writeCourse(Path into) throws IOException {
    Path lessons = Files.createDirectories(into.resolve("lessons"));
    Path exercises = Files.createDirectories(into.resolve("exercises"));
    String lesson = Files.readString(Path.of("lessons/01-update-rule.json"), StandardCharsets.UTF_8)
        .replace("\"id\": \"update-rule\"", "\"id\": \"" + LESSON_ID + "\"")
        .replace("\"title\": \"The update rule\"", "\"title\": \"" + LESSON_TITLE + "\"");
    Files.writeString(lessons.resolve("01-mine.json"), lesson, StandardCharsets.UTF_8);
    Files.copy(Path.of("src/test/resources/homework/" + SET_ID + ".json"), exercises.resolve(SET_ID + ".json"));
  }

  @BeforeEach
  void course() throws IOException {
    writeCourse(work.resolve("my course"));
  }

  private Ran jar(String courseVariable, String... args) {
    Map<String, String> env = Image.cleanEnvironment(work);
    if (courseVariable != null) {
      env.put("DESCENT_COURSE", courseVariable);
    }
    List<String> command = new ArrayList<>(List.of(Jar.java(), "-jar", Jar.path().toString()));
    command.addAll(List.of(args));
    return Ran.run(command, env, work, "");
  }

  @Test
  void theFoldersLessonFollowsTheBuiltInOnes() {
    Ran list = jar("/nowhere-empty-entries-are-fine-but-this-is-not:", "list", "--data-dir", "data");
    assertThat(list.exit()).isEqualTo(2);
    assertThat(list.err()).contains("DESCENT_COURSE", "/nowhere-empty-entries-are-fine-but-this-is-not",
        "does not exist");

    list = jar("::" + work.resolve("my course"), "list", "--data-dir", "data");

    assertThat(list.exit()).as(list.err()).isZero();
    List<String> lines = list.out().lines().filter(l -> l.matches(" *\\d+ .*")).toList();
    assertThat(lines.get(0)).contains("update-rule");
    int last = lines.size() - 1;
    assertThat(lines.get(last - 1)).contains(LESSON_ID, LESSON_TITLE);
    assertThat(lines.get(last)).contains(SET_ID);
  }

  @Test
  void theFoldersSetIsFoundByIdWithoutCourse() {
    Ran without = jar(null, "homework", SET_ID, "--student", "alice", "--template");
    Ran with = jar(work.resolve("my course").toString(), "homework", SET_ID, "--student", "alice", "--template");

    assertThat(without.exit()).isEqualTo(2);
    assertThat(with.exit()).as(with.err()).isZero();
    assertThat(with.out()).contains("set: " + SET_ID, "student: alice");
  }

  @Test
  void aFoldersFileCannotTakeTheIdOfABuiltInOne() throws IOException {
    Path clash = Files.createDirectories(work.resolve("clash/exercises"));
    Files.writeString(clash.resolve("sgd.json"), Files.readString(Path.of("src/test/resources/homework/" + SET_ID
        + ".json")).replace("\"id\": \"" + SET_ID + "\"", "\"id\": \"sgd-homework\""));
    String folders = work.resolve("clash").toString();

    Ran sheet = jar(folders, "homework", "sgd-homework", "--student", "alice", "--template");
    Ran list = jar(folders, "list", "--data-dir", "data");

    // Answer files name their set by id, so a set that takes a built-in id is refused rather than guessed at.
    assertThat(sheet.exit()).isEqualTo(2);
    assertThat(sheet.out()).doesNotContain(BUILT_IN_SGD_TITLE, FIXTURE_TITLE);
    assertThat(sheet.err()).contains("sgd.json", "\"sgd-homework\"", "one of descent's own", "an id of its own");
    assertThat(list.err()).contains("sgd.json", "\"sgd-homework\" is already taken by descent's own course");
  }

  @Test
  void completionOffersTheFoldersIds() {
    Ran script = jar(work.resolve("my course").toString(), "completion", "bash");

    assertThat(script.out()).contains("\"" + LESSON_ID + "\"", "\"" + SET_ID + "\"");
  }

  @Test
  void theImagesCourseFolderIsPartOfTheCourse() throws IOException {
    Image image = Image.unpack(Files.createDirectories(work.resolve("image")));
    writeCourse(image.file("course"));

    Ran list = Image.run(image.file("bin/descent"), Image.cleanEnvironment(work), work, "", "list", "--data-dir",
        "data");

    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out()).contains(LESSON_ID, LESSON_TITLE);
  }
}
