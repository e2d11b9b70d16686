package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained image, unpacked where the build never was and run with no JDK reachable: its
 * own runtime, with the modules descent needs, runs the quick commands, the grading of a class, a whole
 * plain session and the text UI in tmux, and starts from its class-data archive wherever it is
 * unpacked and through a symbolic link.
 *
 * <p>Expected numbers are hand computations. trace: L(w) = w² − 4w + 5 from w = 0 at η = 0.3 gives
 * w_k = 2 − 2·0.4^k, so w_8 = 2 − 2·0.00065536 = 1.99868928. check: Alice's first problem of
 * eight-steps-homework is L(w) = 2(w − 4)² + 3 from w₀ = −2 at η = 0.2 (exercises/README.md), so
 * dL/dw(w₀) = 4(−2 − 4) = −24 and w₁ = −2 − 0.2·(−24) = 2.8; adding the step gives −6.8 instead.
 */
class ImageIT {
  private static final String TRACE_W8 = "1.99868928";

  @TempDir static Path place;
  @TempDir Path work;

  private static Image image;

  @BeforeAll
  static void unpack() throws IOException {
    image = Image.unpack(Files.createDirectories(place.resolve("unpacked here")));
  }

  private Ran withoutJdk(String input, String... args) {
    Assumptions.assumeTrue(Image.namespacesWork(), "SKIPPED: this machine does not let the tests make a mount "
        + "namespace (unshare -m needs root or user namespaces), so the image was not run with the JDK hidden");
    return image.runWithoutJdk(work, input, args);
  }

  @Test
  void theJdkIsHiddenInTheNamespaceTheImageIsRunIn() {
    Assumptions.assumeTrue(Image.namespacesWork(), "SKIPPED: no mount namespace here (unshare -m)");
    Ran java = Image.shellWithoutJdk(work, "java -version; echo \"exit $?\"; ls /usr/lib/jvm | wc -l");

    assertThat(java.out()).as(java.err()).containsPattern("exit 12[67]").endsWith("0\n");
  }

  @Test
  void versionRunsWithNoJdkReachable() {
    Ran run = withoutJdk("", "--version");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("descent " + Image.version() + "\n");
  }

  @Test
  void traceRunsWithNoJdkReachable() {
    Ran run = withoutJdk("", "trace", "--f", "w^2-4w+5", "--start", "w=0", "--eta", "0.3", "--steps", "8");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains(TRACE_W8);
  }

  @Test
  void checkOfAnAnswerFileRunsWithNoJdkReachable() throws IOException {
    Files.writeString(work.resolve("alice.txt"), "set: eight-steps-homework\nstudent: alice\np1.g0 = -6\n"
        + "p1.w1 = -2.6\n", StandardCharsets.UTF_8);

    Ran run = withoutJdk("", "check", "alice.txt");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).containsPattern("p1\\.g0 +1/1 +right").containsPattern("p1\\.w1 +0/1 +wrong")
        .contains("added the step instead of subtracting it", "1 right, 1 wrong");
  }

  @Test
  void aPipedSessionSavesItsProgressWithNoJdkReachable() {
    Ran session = withoutJdk(PlainModeIT.SCRIPT, "--data-dir", "data", "--learner", "pipe");
    Ran list = withoutJdk("", "list", "--data-dir", "data", "--learner", "pipe");

    assertThat(session.exit()).as(session.err()).isZero();
    assertThat(session.out()).contains(PlainModeIT.WRONG, PlainModeIT.RIGHT);
    assertThat(list.out()).containsPattern(PlainModeIT.PROGRESS);
  }

  @Test
  void theTextUiRunsInATerminalWithNoJdkReachable() {
    Assumptions.assumeTrue(Image.namespacesWork(), "SKIPPED: no mount namespace here (unshare -m)");
    assertThat(Tmux.available()).as("tmux must be installed for this test (.ci/run installs it)").isTrue();
    try (Tmux tmux = new Tmux(image.commandLineWithoutJdk(work, "--data-dir", "data", "--learner", "tui"), 80, 24)) {
      tmux.waitFor("Welcome to descent", Duration.ofSeconds(30));   // a new learner's first-start guide
      tmux.keys("Enter");
      tmux.waitFor("not started", Duration.ofSeconds(10));
      tmux.keys("Enter");
      tmux.waitFor("The update rule · page 1 of", Duration.ofSeconds(10));
      tmux.keys("C-x");
      tmux.waitFor("descent exited with 0", Duration.ofSeconds(10));
    }
  }

  @Test
  void theLauncherLooksAtNoJavaOfTheMachine() throws IOException {
    Path decoys = Files.createDirectories(work.resolve("decoys/bin"));
    Path java = decoys.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho 'a java of the machine ran' >&2\nexit 42\n");
    java.toFile().setExecutable(true);
    Map<String, String> env = Image.cleanEnvironment(work);
    env.put("PATH", decoys + ":/bin:/usr/bin");
    env.put("JAVA_HOME", decoys.getParent().toString());
    env.put("JAVA_OPTS", "-Xshare:off -XX:+ThisOptionDoesNotExist");

    Ran run = Image.run(image.file("bin/descent"), env, work, "", "--version");

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("descent " + Image.version() + "\n");
  }

  @Test
  void theImagesRuntimeGradesAClassWithGradesCollectorAndWithinAHeapTheUserCaps() throws IOException {
    // grade runs on collector and heap flags of its own (src/main/launcher/descent), which the image's
    // runtime must have, and which must give way to a heap the user caps below their initial size.
    Path handedIn = Files.createDirectories(work.resolve("class"));
    Files.writeString(handedIn.resolve("alice.txt"), GradeHeapIT.ALICE);
    for (String cap : new String[] {"", "-Xmx40m "}) {
      Path log = work.resolve("gc.log");
      Map<String, String> env = Image.cleanEnvironment(work);
      env.put("DESCENT_JAVA_OPTS", cap + "-Xlog:gc:file=" + log);

      Ran run = Image.run(image.file("bin/descent"), env, work, "", "grade", "eight-steps-homework",
          handedIn.toString(), "--csv", work.resolve("grades.csv").toString());

      assertThat(run.exit()).as(cap + run.out() + run.err()).isZero();
      assertThat(run.out()).contains("1 student graded");
      assertThat(Files.readString(work.resolve("grades.csv"))).contains("\r\nalice,");
      assertThat(Files.readString(log)).contains("Using Parallel");
    }
  }

  @Test
  void theClassDataArchiveIsUsedWhereverTheImageIsAndThroughASymbolicLink() throws IOException {
    Path bin = Files.createDirectories(place.resolve("home/bin"));
    Path link = Files.createSymbolicLink(bin.resolve("descent"), image.file("bin/descent"));
    Map<String, String> env = Image.cleanEnvironment(work);
    // -Xshare:on makes the JVM stop when the archive cannot be used, instead of quietly starting slower.
    env.put("DESCENT_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info");

    Ran run = Image.run(link, env, work, "", "check", "--help");

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("dev.descent.cli.Main source: shared objects file",
        "picocli.CommandLine source: shared objects file");
  }

  @Test
  void theRuntimeHoldsEveryModuleTheJarsUse() {
    List<String> jdeps = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
        "--multi-release", "17", "--ignore-missing-deps", "--print-module-deps"));
    jdeps.add(image.file("app/descent.jar").toString());
    try (var libraries = Files.list(image.file("app/lib"))) {
      libraries.forEach(jar -> jdeps.add(jar.toString()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Ran used = Ran.run(jdeps, null, null, "");
    Ran held = Ran.run(image.file("runtime/bin/java").toString(), "--list-modules");

    assertThat(used.exit()).as(used.err()).isZero();
    List<String> modules = Arrays.asList(used.out().strip().split(","));
    assertThat(modules).contains("java.base");
    assertThat(held.out().lines().map(m -> m.replaceAll("@.*", ""))).containsAll(modules);
  }
}
