package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --course PATH} on every command that reads the course: an instructor's own lesson file (here lesson 1
 * under another id and title) is in the lesson list, opens with learn and the bare command, has a key, and is
 * validated as part of a course; a folder works as a file does. Without the option none of it is found.
 */
class CourseOptionTest {
  private static final String ID = "my-first-lesson";
  private static final String TITLE = "My first lesson";

  @TempDir Path dir;
  private Path lesson;

  @BeforeEach
  void writeLesson() throws IOException {
    String text = Files.readString(Path.of("lessons/01-update-rule.json"), StandardCharsets.UTF_8)
        .replace("\"id\": \"update-rule\"", "\"id\": \"" + ID + "\"")
        .replace("\"title\": \"The update rule\"", "\"title\": \"" + TITLE + "\"");
    lesson = Files.writeString(Files.createDirectories(dir.resolve("drafts")).resolve("first.json"), text);
  }

  private Cli run(String input, String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dir.resolve("data").toString();
    all[args.length + 2] = "--learner";
    all[args.length + 3] = "ann";
    return Cli.runWithInput(input, all);
  }

  @Test
  void listShowsTheFilesLessonAfterTheBuiltInOnes() {
    Cli without = run("", "list");
    Cli file = run("", "list", "--course", lesson.toString());
    Cli folder = run("", "--course", lesson.getParent().toString(), "list");

    assertThat(without.out()).doesNotContain(ID);
    assertThat(file.exit()).as(file.err()).isZero();
    assertThat(file.out()).containsPattern("(?m)^ *1  update-rule ").containsPattern("(?m)^ *\\d+  " + ID + " +" + TITLE);
    assertThat(folder.out()).isEqualTo(file.out());
  }

  @Test
  void learnAndTheBareCommandOpenIt() {
    Cli learn = run("", "learn", ID, "--course", lesson.toString());
    Cli before = run("", "--course", lesson.toString(), "learn", ID);
    Cli bare = run(ID + "\n", "--course", lesson.toString());
    Cli without = run("", "learn", ID);

    assertThat(learn.out()).contains("Lesson: " + TITLE);
    assertThat(before.out()).contains("Lesson: " + TITLE);
    assertThat(bare.out()).contains(TITLE, "Lesson: " + TITLE);
    assertThat(without.exit()).isEqualTo(Main.USAGE);
    assertThat(without.err()).contains("no lesson");
  }

  @Test
  void keyFindsTheLessonById() {
    Cli key = Cli.run("key", ID, "--course", lesson.getParent().toString());

    assertThat(key.exit()).as(key.err()).isZero();
    assertThat(key.out()).startsWith(TITLE + " (" + ID + ")");
  }

  @Test
  void aCoursePathThatDoesNotExistStopsTheCommandSayingWhich() {
    for (String[] args : new String[][] {{"list"}, {"learn", "1"}, {"key", ID}, {}, {"homework", "x", "--student", "a"}}) {
      String[] all = java.util.Arrays.copyOf(args, args.length + 2);
      all[args.length] = "--course";
      all[args.length + 1] = dir.resolve("nowhere.json").toString();
      boolean course = args.length == 0 || args[0].equals("list") || args[0].equals("learn");
      Cli c = course ? run("", all) : Cli.run(all);
      assertThat(c.exit()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
      assertThat(c.err()).as(String.join(" ", args)).contains("--course", "nowhere.json", "does not exist");
    }
  }

  @Test
  void validateWithCourseSaysWhenAnIdIsTakenByDescentsOwn() throws IOException {
    Path clash = Files.writeString(dir.resolve("clash.json"), Files.readString(lesson)
        .replace("\"id\": \"" + ID + "\"", "\"id\": \"eight-steps\""));

    Cli ok = Cli.run("validate", "--quick", "--course", lesson.toString());
    Cli taken = Cli.run("validate", "--quick", "--course", clash.toString());
    Cli positional = Cli.run("validate", "--quick", clash.toString());

    assertThat(ok.exit()).as(ok.out()).isZero();
    assertThat(taken.exit()).isEqualTo(Main.FAILED);
    assertThat(taken.out()).contains(clash + ":1:1:", "\"eight-steps\"", "descent's own lesson", "an id of its own");
    assertThat(positional.exit()).as(positional.out()).isZero();
  }

  @Test
  void aLessonThatTakesABuiltInIdIsLeftOutOfTheListWithAWarning() throws IOException {
    Path clash = Files.writeString(dir.resolve("clash.json"), Files.readString(lesson)
        .replace("\"id\": \"" + ID + "\"", "\"id\": \"eight-steps\""));

    Cli list = run("", "list", "--course", clash.toString());

    assertThat(list.out()).containsPattern("(?m)^ *2  eight-steps +Eight steps by hand").doesNotContain(TITLE);
    assertThat(list.err()).contains("clash.json", "\"eight-steps\" is already taken by descent's own course");
  }
}
