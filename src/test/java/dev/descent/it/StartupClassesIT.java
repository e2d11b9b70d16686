package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes descent's start-up keeps only for speed, held by the classes the real launcher loads
 * ({@code -Xlog:class+load}): a {@code check} of an answer file, and the text UI's path to its first
 * frame for a new and for a returning learner, load no regular expression, no stream, no Jackson, no
 * date formatter, no {@code SecureRandom} and no record's {@code ObjectMethods}; the first frame links
 * no lambda; and each stays under a ceiling of classes, descent's own and all. See the README's
 * "How the start-up is kept short" for what each costs.
 *
 * <p>Ceilings, not exact counts: descent's own classes depend only on descent (a margin of about a
 * tenth, for what a new feature adds), while the JDK's own start-up classes differ a little between
 * JDK 17 updates (a margin of about a twelfth). What the shapes avoid is larger than either margin: the
 * first lambda links about 120 classes, a stream about 50, Jackson's first read well over 100.
 * A class that slips onto one of these paths by tidying (a stream instead of a loop, a pattern instead
 * of a scan) brings its family with it and fails the families' test by name.
 */
class StartupClassesIT {
  // Measured on 2026-11-28 with OpenJDK 17.0.15 through target/descent: a check 869 classes (162 of
  // them descent's), the new learner's guide 657 (65), the returning learner's list 760 (85). Issue 13's
  // declarations, one enum constant a concept with its behaviour on the constant, bring a check to 900
  // (199): ComputationForm's 15 constant bodies, SgdSlip's 9, QuestionKind's 4 and the catalogue's
  // kinds of mistake, each one small class from the class-data archive (no measurable change in the
  // time of a check: a median ratio of 1.015 over 21 alternating runs on a loaded machine).
  static final int CHECK_CEILING = 940;
  static final int CHECK_DESCENT_CEILING = 220;
  static final int GUIDE_CEILING = 710;
  static final int GUIDE_DESCENT_CEILING = 75;
  static final int LIST_CEILING = 820;
  static final int LIST_DESCENT_CEILING = 95;

  /** Families of classes none of these paths may load, each with what it would mean. */
  static final Map<String, String> FORBIDDEN = Map.of(
      "java.util.regex.", "a regular expression compiled",
      "java.util.stream.", "a stream instead of a loop",
      "com.fasterxml.jackson.", "Jackson, where descent's own JSON tokens read",
      "java.time.format.DateTimeFormatter", "a date formatter, where times are read by hand",
      "java.security.SecureRandom", "a SecureRandom",
      "java.lang.runtime.ObjectMethods", "a record compared or hashed through ObjectMethods",
      "java.io.Console", "a Console (its Formatter compiles regular expressions)");

  /** The class the launcher loads right after the first frame is written: the JVM's shutdown hooks. */
  static final String AFTER_FIRST_FRAME = "java.lang.ApplicationShutdownHooks";

  @Test
  void aCheckOfAnAnswerFileLoadsNoneOfTheSlowFamiliesAndFewClasses(@TempDir Path dir) throws IOException {
    Path answers = dir.resolve("answers.txt");
    Files.writeString(answers, "set: sgd-homework\nstudent: alice\np1.pred = -2\np1.err = -6\np1.grad = 12\n"
        + "p1.neww = 2.2\n");
    Path log = dir.resolve("classes.log");

    Launched run = Launched.run(Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "", "check",
        answers.toString());

    assertThat(run.out()).as(run.err()).contains("p1.neww");
    List<String> classes = classes(log, null);
    assertThat(forbidden(classes)).as("slow families on the path of check").isEmpty();
    assertThat(classes.size()).as("classes a check loads").isLessThan(CHECK_CEILING);
    assertThat(descent(classes)).as("descent's classes a check loads").isLessThan(CHECK_DESCENT_CEILING);
  }

  @Test
  void theNewLearnersFirstFrameLinksNoLambdaAndLoadsFewClasses(@TempDir Path dir) throws IOException {
    List<String> classes = firstFrame(dir, "Welcome to descent");

    assertThat(forbidden(classes)).as("slow families on the way to the first frame").isEmpty();
    assertThat(lambdas(classes)).as("lambdas linked on the way to the first frame").isEmpty();
    assertThat(classes.size()).as("classes loaded to the first frame").isLessThan(GUIDE_CEILING);
    assertThat(descent(classes)).as("descent's classes loaded to the first frame").isLessThan(GUIDE_DESCENT_CEILING);
  }

  @Test
  void aReturningLearnersFirstFrameLinksNoLambdaAndLoadsFewClasses(@TempDir Path dir) throws IOException {
    Launched plain = Launched.run(Map.of(), ":next\n:next\n:next\n2(w-3)\n:quit\n", "learn", "1", "--plain",
        "--data-dir", dir.resolve("data").toString());
    assertThat(plain.exit()).as(plain.out() + plain.err()).isZero();

    List<String> classes = firstFrame(dir, "Welcome back");

    assertThat(forbidden(classes)).as("slow families on the way to the returning learner's list").isEmpty();
    assertThat(lambdas(classes)).as("lambdas linked on the way to the returning learner's list").isEmpty();
    assertThat(classes.size()).as("classes loaded to the returning learner's list").isLessThan(LIST_CEILING);
    assertThat(descent(classes)).as("descent's classes loaded to the returning learner's list")
        .isLessThan(LIST_DESCENT_CEILING);
  }

  /** The classes the text UI loads up to its first frame, started in tmux with progress in dir/data. */
  private static List<String> firstFrame(Path dir, String shows) throws IOException {
    assumeTrue(Tmux.available(), "tmux is not installed");
    Path log = dir.resolve("tui.log");
    String command = "cd " + dir + " && LC_ALL=C.UTF-8 JAVA_OPTS='-Xlog:class+load=info:file=" + log + "' "
        + Launched.launcher() + " --data-dir " + dir.resolve("data") + "; sleep 60";
    try (Tmux tmux = new Tmux(command, 80, 24)) {
      tmux.waitFor(shows, Duration.ofSeconds(30));
      tmux.keys("C-x");
      long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!Files.exists(log) || !Files.readString(log).contains(AFTER_FIRST_FRAME)) {
        assertThat(System.nanoTime()).as("the launcher's class log reaches " + AFTER_FIRST_FRAME).isLessThan(end);
        Tmux.pause(100);
      }
    }
    return classes(log, AFTER_FIRST_FRAME);
  }

  /** The names of the classes a {@code -Xlog:class+load} file lists, up to {@code until} when not null. */
  static List<String> classes(Path log, String until) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      int at = line.indexOf("[class,load] ");
      if (at < 0) {
        continue;
      }
      String name = line.substring(at + "[class,load] ".length()).split(" ", 2)[0];
      if (name.equals(until)) {
        return out;
      }
      out.add(name);
    }
    assertThat(until).as("the log never reaches " + until).isNull();
    return out;
  }

  private static List<String> forbidden(List<String> classes) {
    List<String> out = new ArrayList<>();
    for (String c : classes) {
      for (Map.Entry<String, String> f : FORBIDDEN.entrySet()) {
        if (c.startsWith(f.getKey())) {
          out.add(c + " (" + f.getValue() + ")");
        }
      }
    }
    return out;
  }

  private static List<String> lambdas(List<String> classes) {
    return classes.stream().filter(c -> c.contains("$$Lambda") || c.equals("java.lang.invoke.LambdaMetafactory"))
        .toList();
  }

  private static long descent(List<String> classes) {
    return classes.stream().filter(c -> c.startsWith("dev.descent.")).count();
  }
}
