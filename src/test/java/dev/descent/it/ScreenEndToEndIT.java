package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.ui.LessonMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What only a real terminal shows, on the built jar in tmux: letters with combining marks in place
 * (lesson 3's logistic pages, lesson 7's page on Adam), a long number's leading digits in a table cell
 * (lesson 2's first table), no line break next to "=" at 40 columns (lesson 1's page on the factor of the
 * gap, lesson 3's linear step), the line said after quitting, a sane terminal after a run killed with
 * SIGKILL, ASCII stand-ins under a C locale; and through the jar without tmux, an unknown command and plain
 * mode with figures off. Pages are
 * named by problem id or title and found by {@link LessonMap}.
 */
class ScreenEndToEndIT {
  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration REPLY = Duration.ofSeconds(10);

  private static final LessonMap ONE = LessonMap.of("update-rule");
  private static final LessonMap TWO = LessonMap.of("eight-steps");
  private static final LessonMap THREE = LessonMap.of("sgd-step");
  private static final LessonMap ADAPTIVE = LessonMap.of("adaptive");

  @TempDir Path data;

  @BeforeAll
  static void tmuxIsInstalled() {
    assertThat(Tmux.available()).as("tmux must be installed for this test (.ci/run installs it)").isTrue();
  }

  private String descent(String... args) {
    return String.format("env LANG=C.UTF-8 '%s' -jar '%s' --data-dir '%s' --learner e2e %s", Jar.java(), Jar.path(),
        data, String.join(" ", args));
  }

  /** Runs descent with {@code args} in a new tmux window, which stays open after it exits. */
  private Tmux start(int columns, int rows, String... args) {
    return new Tmux(descent(args) + "; echo \"descent exited with $?\"; sleep 30", columns, rows);
  }

  /** Like {@link #start}, for a learner new to descent: past the first-start guide with a key. */
  private Tmux startPastTheGuide(int columns, int rows, String... args) {
    Tmux tmux = start(columns, rows, args);
    tmux.waitFor("Welcome to descent", START);
    tmux.keys("Enter");
    return tmux;
  }

  private static void page(Tmux tmux, String key, int page) {
    tmux.keys(key);
    tmux.waitFor("page " + page + " of", REPLY);
  }

  /**
   * Turns pages with Ctrl-N from the first page of {@code lesson} to the page of {@code where} (a problem id
   * or title) and waits for its title (at 40 columns the header is cut).
   */
  private static void turn(Tmux tmux, LessonMap lesson, String where) {
    int page = lesson.page(where);
    for (int i = 1; i < page; i++) {
      tmux.keys("C-n");
      Tmux.pause(250);
    }
    tmux.waitFor(cut(lesson.title(page)), REPLY);
  }

  /** The start of a title, as a 40-column window shows it on one line. */
  private static String cut(String title) {
    return title.length() <= 30 ? title : title.substring(0, 30);
  }

  /** Quits with Ctrl-X and waits for descent to end, so that nothing writes to the data folder after the test. */
  private static void quit(Tmux tmux) {
    tmux.keys("C-x");
    tmux.waitFor("descent exited with", REPLY);
  }

  /** The screen's lines, each with trailing blanks removed. */
  private static List<String> lines(String screen) {
    List<String> out = new ArrayList<>();
    for (String l : screen.split("\n")) {
      out.add(l.stripTrailing());
    }
    return out;
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"100, 30", "40, 15"})
  void lettersWithCombiningMarksStayInPlaceAndLeaveNothingBehind(int columns, int rows) {
    try (Tmux tmux = startPastTheGuide(columns, rows, "learn", String.valueOf(THREE.number()))) {
      tmux.waitFor(cut(THREE.title(1)), START);
      turn(tmux, THREE, "logistic");
      // after drawing over the pages before it: the problem's numbers as the lesson writes them
      String logistic = tmux.screen().replaceAll("\\s+", " ");
      assertThat(logistic).contains("Model p̂ = σ(w·x), log-loss.").contains("example x = 1, y = 1");
      for (int page = THREE.page("logistic"); page > THREE.page("Logistic regression with one weight"); page--) {
        tmux.keys("C-p");
        Tmux.pause(250);
      }
      tmux.waitFor("Logistic regression with one", REPLY);
      assertThat(lines(scrollTo(tmux, "p̂ = σ(w·x)"))).contains("     p̂ = σ(w·x)");
      assertThat(lines(scrollTo(tmux, "dL/dw = (p̂"))).contains("     dL/dw = (p̂ − y)·x");
      quit(tmux);
    }
    try (Tmux tmux = start(columns, rows, "learn", "adaptive")) {   // no guide: the learner is back
      tmux.waitFor(cut(ADAPTIVE.title(1)), START);
      turn(tmux, ADAPTIVE, "Adam: momentum plus RMSProp, corrected");
      List<String> adam = lines(scrollTo(tmux, "x ← x − η"));
      assertThat(adam).contains("     x ← x − η · m̂ / (√v̂ + ε)");
      assertThat(adam).anySatisfy(l -> assertThat(l).startsWith("     m̂ = m / (1 − β₁ᵗ)"));
      quit(tmux);
    }
  }

  /** Scrolls down a window at a time (PgDn; ↓ moves between questions) until {@code text} shows; the screen then. */
  private static String scrollTo(Tmux tmux, String text) {
    for (int i = 0; i < 30 && !tmux.screen().contains(text); i++) {
      tmux.keys("NPage");
      Tmux.pause(150);
    }
    return tmux.waitFor(text, REPLY);
  }

  @Test
  void aLongNumberInATableCellShowsItsLeadingDigitsOnceLeft() {
    try (Tmux tmux = startPastTheGuide(80, 24, "learn", "eight-steps")) {
      tmux.waitFor("page 1 of", START);
      for (int p = 2; p <= TWO.page("run-a"); p++) {
        page(tmux, "C-n", p);
      }
      tmux.waitFor("▸", REPLY);
      // should a question above the table be marked first, move on to the table's first cell
      String screen = tmux.screen();
      if (!screen.contains("step ")) {
        throw new AssertionError("no table on lesson 2's page run-a:\n" + screen);
      }
      while (!focusIsInTheTable(tmux)) {
        tmux.keys("Tab");
      }
      tmux.type("1.00001073741824");
      tmux.keys("Tab");
      tmux.waitFor("[1.00001073741…", REPLY);
      assertThat(tmux.screen()).doesNotContain("0001073741824 ]");
      tmux.keys("C-c");
      tmux.waitFor("Press y to quit", REPLY);   // the typed cells are not checked: quitting asks first
      tmux.type("y");
      tmux.waitFor("descent exited with", REPLY);
    }
  }

  /** True when the cursor is on a line with table cells. */
  private static boolean focusIsInTheTable(Tmux tmux) {
    String y = tmux.display("#{cursor_y}");
    String line = lines(tmux.screen()).get(Integer.parseInt(y.strip()));
    return line.matches("^ +\\d+ +\\[.*");
  }

  @Test
  void atFortyColumnsNoLineBreaksNextToAnEqualsSign() {
    try (Tmux tmux = startPastTheGuide(40, 15, "learn", "update-rule")) {
      tmux.waitFor(ONE.title(1), START);
      turn(tmux, ONE, "Why the gap changes by a fixed factor");
      assertThat(tmux.screen()).contains("e = w − 3.").doesNotContainPattern("(?m)[=−]$")
          .doesNotContainPattern("(?m)^ [=−] ");
      quit(tmux);
    }
    try (Tmux tmux = start(40, 15, "learn", "sgd-step")) {
      tmux.waitFor(cut(THREE.title(1)), START);
      turn(tmux, THREE, "linear");
      assertThat(tmux.screen()).contains("η = 0.1.").doesNotContainPattern("(?m)[=−]$");
      quit(tmux);
    }
  }

  @Test
  void quittingSaysWhereProgressIsSaved() {
    try (Tmux tmux = startPastTheGuide(80, 24)) {
      tmux.waitFor("not started", START);
      tmux.keys("C-x");
      String screen = tmux.waitFor("descent exited with 0", REPLY);
      assertThat(screen.replaceAll("\\s*\\n\\s*", " ")) // the farewell is wrapped at spaces to the width
          .contains("Progress saved for learner e2e in " + data + ". Run descent again to go on where you left off.");
    }
  }

  @Test
  void afterAKillTheNextStartLeavesTheTerminalSane() throws Exception {
    // dash, as /bin/sh on Debian: unlike bash it does not restore the terminal after a job it ran is killed
    try (Tmux tmux = new Tmux("env PS1='$ ' sh", 100, 30)) {
      tmux.waitFor("$", START);
      tmux.type(descent("learn", "1"));
      tmux.keys("Enter");
      tmux.waitFor("Welcome to descent", START);
      tmux.keys("Enter");
      tmux.waitFor("page 1 of", START);
      tmux.keys("C-n");
      tmux.waitFor("page 2 of", REPLY);
      killDescent();
      Tmux.pause(500);
      assertThat(tmux.display("#{alternate_on}").strip()).as("the killed run's alternate screen").isEqualTo("1");
      // the killed run left the terminal raw and on the alternate screen; the next start sets it right
      tmux.type(descent() + "; stty -a | tr ' ;' '\\n\\n' | grep -x -e -icanon -e icanon -e -echo -e echo");
      tmux.keys("Enter");
      tmux.waitFor("not started", START);
      tmux.waitFor("the terminal was left in a raw state".substring(4), REPLY);
      tmux.keys("Enter");
      tmux.waitFor("Resumed The update rule, page 2", REPLY);
      tmux.keys("C-x");
      String screen = tmux.waitFor("Progress saved for learner e2e", REPLY);
      List<String> modes = lines(tmux.waitFor("echo\n", REPLY));
      assertThat(modes).contains("icanon", "echo").doesNotContain("-icanon", "-echo");
      assertThat(tmux.display("#{alternate_on} #{cursor_flag}").strip()).as("main screen, cursor shown").isEqualTo("0 1");
      assertThat(screen).doesNotContain("page 2 of");
    }
  }

  private void killDescent() throws InterruptedException {
    List<ProcessHandle> runs = ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains("descent.jar") && c.contains(data.toString()))
            .orElse(false)).toList();
    assertThat(runs).as("the descent process").isNotEmpty();
    for (ProcessHandle p : runs) {
      p.destroyForcibly();
      p.onExit().orTimeout(10, TimeUnit.SECONDS);
    }
    Thread.sleep(300);
  }

  /**
   * Under a C or POSIX locale the terminal shows only ASCII: the text UI, through the launcher (which starts
   * Java under C.UTF-8 and says so) and through {@code java -jar} alike, draws ASCII stand-ins as plain mode
   * prints them, on the guide, the lesson list and a page with a formula, and the line said on quitting.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"launcher, C", "jar, C", "launcher, POSIX"})
  void underACLocaleTheTextUiShowsOnlyAscii(String way, String locale) {
    String program = way.equals("jar") ? "'" + Jar.java() + "' -jar '" + Jar.path() + "'"
        : "'" + Launched.launcher() + "'";
    String command = String.format("env LANG=%s LC_ALL=%s %s --data-dir '%s' --learner e2e learn 1; "
        + "echo \"descent exited with $?\"; sleep 30", locale, locale, program, data);
    try (Tmux tmux = new Tmux(command, 80, 24)) {
      String guide = tmux.waitFor("Welcome to descent", START);
      assertThat(guide).as("the guide").matches("[\\n -~]*").contains("descent * ");
      tmux.keys("Enter");
      tmux.waitFor("page 1 of", START);
      tmux.keys("C-n");
      String page = tmux.waitFor("page 2 of", REPLY);
      assertThat(page).as("lesson 1, page 2").matches("[\\n -~]*").contains("w <- w - eta * dL/dw")
          .contains("The positive number eta (eta)");
      tmux.keys("C-l");
      String list = tmux.waitFor("not started", REPLY);
      assertThat(list).as("the lesson list").matches("[\\n -~]*").contains(">  1. The update rule");
      tmux.keys("C-x");
      String after = tmux.waitFor("descent exited with 0", REPLY);
      assertThat(after).as("the main screen after quitting").matches("[\\n -~]*").contains("Progress saved");
    }
  }

  @Test
  void anUnknownCommandThroughTheJar() {
    Jar j = Jar.run("", "bogus");
    assertThat(j.exit()).isEqualTo(2);
    assertThat(j.err()).startsWith("descent: unknown command 'bogus'.").contains("descent --help");
    assertThat(Jar.run("", "lsit").err()).startsWith("descent: unknown command 'lsit'; did you mean 'list'?");
  }

  @Test
  void plainModeWithFiguresOffHasNoPlotArt() throws IOException, InterruptedException {
    String walk = ":next\n".repeat(60);
    String option = run(walk, Map.of(), "learn", "1", "--plain", "--figures=off");
    String environment = run(walk, Map.of("DESCENT_FIGURES", "off"), "learn", "curvature", "--plain");
    String drawn = run(walk, Map.of(), "learn", "curvature", "--plain");
    assertThat(drawn).containsPattern("(?m)^ *\\+-{10,}");
    for (String out : List.of(option, environment)) {
      assertThat(out).doesNotContainPattern("(?m)^ *\\+-{10,}").doesNotContainPattern("(?m)^ *[-0-9.e]* \\|");
    }
    assertThat(option).contains("Steps 0 to 10: w falls from 6 to 3.322");
    assertThat(environment).contains("zig-zags across the valley in y");
  }

  private String run(String input, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Jar.java(), "-jar", Jar.path().toString(), "--data-dir",
        data.resolve(String.valueOf(System.nanoTime())).toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
