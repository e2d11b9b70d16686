package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FIFOs, links, folders and pipes where descent expects a regular file, through the built launcher:
 * nothing but a regular file is ever written, nothing outside the data folder is touched through a
 * link, nothing blocks for ever, pipes are read as streams, and every file not read is named. Every
 * special file is made in a temporary folder; no device of the machine is ever written to.
 */
class SpecialFilesIT {
  private static final String ANSWERS = "set: sgd-homework\nstudent: alice\np1.pred = -2\n";
  /** The total of {@link #ANSWERS}: its one answer right, out of however many points the set has. */
  private static final String ONE_POINT = "Total: 1 of \\d+ points";

  @TempDir Path dir;
  private Path data;
  private Path handedIn;

  @BeforeEach
  void folders() throws IOException {
    data = dir.resolve("data");
    handedIn = Files.createDirectories(dir.resolve("handed-in"));
    Files.writeString(handedIn.resolve("alice.txt"), ANSWERS);
  }

  private Launched descent(String input, String... args) {
    return Launched.run(Map.of("DESCENT_DATA_DIR", data.toString()), input, args);
  }

  private static Path fifo(Path p) throws IOException, InterruptedException {
    Files.createDirectories(p.getParent());
    assertThat(new ProcessBuilder("mkfifo", p.toString()).start().waitFor()).isZero();
    return p;
  }

  private static boolean isFifo(Path p) throws IOException {
    return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) / 010000 == 01;
  }

  @Test
  void theGradebookIsNeverWrittenOverAFifoOrAFolder() throws Exception {
    Path fifo = fifo(dir.resolve("grades.fifo"));
    Launched run = descent("", "grade", "sgd-homework", handedIn.toString(), "--csv", fifo.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write the gradebook", "FIFO");
    assertThat(isFifo(fifo)).as("the FIFO is still a FIFO").isTrue();
    Path folder = Files.createDirectory(dir.resolve("grades"));
    Files.writeString(folder.resolve("keep.txt"), "kept");
    Launched toFolder = descent("", "grade", "sgd-homework", handedIn.toString(), "--csv", folder.toString());
    assertThat(toFolder.exit()).isEqualTo(2);
    assertThat(toFolder.err()).contains("folder");
    assertThat(folder).isDirectory();
    assertThat(folder.resolve("keep.txt")).hasContent("kept");
  }

  @Test
  void aGradebookBehindALinkIsWrittenToItsFileAndTheLinkStays() throws IOException {
    Path real = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("grades.csv"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("grades.csv"), real);
    assertThat(descent("", "grade", "sgd-homework", handedIn.toString(), "--csv", link.toString()).exit()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("student,name,");
  }

  @Test
  void aGradebookKeepsItsPermissionsAndOwner() throws IOException, InterruptedException {
    Path csv = Files.writeString(dir.resolve("grades.csv"), "old");
    Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("rw-r--r--"));
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      assertThat(new ProcessBuilder("chown", "4321:4321", csv.toString()).start().waitFor()).isZero();
    }
    assertThat(descent("", "grade", "sgd-homework", handedIn.toString(), "--csv", csv.toString()).exit()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-r--r--");
    if (root) {
      assertThat(Files.getAttribute(csv, "unix:uid")).isEqualTo(4321);
    }
    assertThat(Files.readString(csv)).startsWith("student,name,");
  }

  @Test
  void anAnswerFileIsNeverWrittenIntoAFifo() throws Exception {
    Path fifo = fifo(dir.resolve("alice.fifo"));
    Launched run = descent("", "homework", "sgd-homework", "--student", "alice", "--answers", fifo.toString(), "--force");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("FIFO");
    assertThat(isFifo(fifo)).isTrue();
  }

  @Test
  void checkGivesUpAFifoThatNoProgramWritesTo() throws Exception {
    Path fifo = fifo(dir.resolve("answers.fifo"));
    Launched run = descent("", "check", fifo.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no program opened it for writing");
  }

  @Test
  void checkReadsAFifoThatAProgramWritesTo() throws Exception {
    Path fifo = fifo(dir.resolve("answers.fifo"));
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (FileOutputStream out = new FileOutputStream(fifo.toFile())) {
        out.write(ANSWERS.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Launched run = descent("", "check", fifo.toString());
    writer.join();
    assertThat(run.out()).containsPattern(ONE_POINT);
  }

  @Test
  void checkReadsPipesAsStreams() throws IOException {
    Launched stdin = descent(ANSWERS, "check", "/dev/stdin");
    assertThat(stdin.out()).containsPattern(ONE_POINT);
    assertThat(stdin.err()).doesNotContain("Illegal seek");
    Path file = Files.writeString(dir.resolve("a.txt"), ANSWERS);
    Launched substituted = Launched.command(Map.of(), "", "bash", "-c",
        "exec \"$0\" check <(cat \"$1\")", Launched.launcher().toString(), file.toString());
    assertThat(substituted.out()).containsPattern(ONE_POINT);
    assertThat(substituted.err()).doesNotContain("Illegal seek");
  }

  @Test
  void aLockFileThatIsAFifoOrALinkIsNeverOpenedAndTheLessonStillRuns() throws Exception {
    Path learners = Files.createDirectories(data.resolve("learners"));
    fifo(learners.resolve("fifo.json.lock"));
    Launched blocked = descent("1\n:quit\n", "learn", "1", "--plain", "--learner", "fifo");
    assertThat(blocked.exit()).isZero();
    assertThat(blocked.out()).contains("cannot be saved", "FIFO");
    Path outside = dir.resolve("outside").resolve("made.lock");
    Files.createDirectories(outside.getParent());
    Files.createSymbolicLink(learners.resolve("linked.json.lock"), outside);
    Launched linked = descent("1\n:quit\n", "learn", "1", "--plain", "--learner", "linked");
    assertThat(linked.exit()).isZero();
    assertThat(outside).as("nothing is made through a link in the data folder").doesNotExist();
  }

  @Test
  void aLinkedProgressFileOrLearnersFolderLeadsNowhereOutsideTheDataFolder() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path secret = Files.writeString(outside.resolve("secret.json"), "{\"formatVersion\":1,\"learner\":\"x\"}");
    Path learners = Files.createDirectories(data.resolve("learners"));
    Files.createSymbolicLink(learners.resolve("alice.json"), secret);
    Launched run = descent("1\n\n:quit\n", "learn", "1", "--plain", "--learner", "alice");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("symbolic link");
    assertThat(secret).hasContent("{\"formatVersion\":1,\"learner\":\"x\"}");
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path data2 = Files.createDirectories(dir.resolve("data2"));
    Files.createSymbolicLink(data2.resolve("learners"), elsewhere);
    Launched.run(Map.of("DESCENT_DATA_DIR", data2.toString()), "1\n\n:quit\n", "learn", "1", "--plain");
    try (var files = Files.list(elsewhere)) {
      assertThat(files).as("nothing written through the linked learners folder").isEmpty();
    }
  }

  @Test
  void gradeNamesEveryFileItDidNotRead() throws Exception {
    Files.createSymbolicLink(handedIn.resolve("etc"), Path.of("/etc"));
    Files.createSymbolicLink(handedIn.resolve("passwd.txt"), Path.of("/etc/passwd"));
    fifo(handedIn.resolve("pipe.txt"));
    Launched run = descent("", "grade", "sgd-homework", handedIn.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("etc: not read", "passwd.txt: not read", "pipe.txt: not read");
  }

  @Test
  void validateNamesWhatAFolderWithoutLessonsHolds() throws Exception {
    Path course = Files.createDirectories(dir.resolve("course"));
    fifo(course.resolve("pipe.json"));
    Files.createSymbolicLink(course.resolve("a.json"), course.resolve("b.json"));
    Files.createSymbolicLink(course.resolve("b.json"), course.resolve("a.json"));
    Files.createDirectory(course.resolve("sub.json"));
    Launched run = descent("", "validate", course.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("ok: 0 files")
        .contains("pipe.json:1:1: not read", "a.json:1:1: not read: it is a loop of symbolic links", "sub.json:1:1");
    Path other = Files.createDirectories(dir.resolve("other"));
    fifo(other.resolve("pipe"));
    Launched none = descent("", "validate", other.toString());
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.out()).doesNotContain("ok: 0 files").contains("pipe:1:1: not read");
  }

  @Test
  void aLoopOfLinksIsCalledALoop() throws IOException {
    Files.createSymbolicLink(dir.resolve("x.txt"), dir.resolve("y.txt"));
    Files.createSymbolicLink(dir.resolve("y.txt"), dir.resolve("x.txt"));
    Launched run = descent("", "check", dir.resolve("x.txt").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("loop of symbolic links").doesNotContain("no such file");
  }
}
