package dev.descent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the image holds besides the program: the manual page, read with man, and the completion script,
 * driven in bash the way bash drives it on Tab (the function that {@code complete -p} names, called with
 * COMP_WORDS and COMP_CWORD) and once in an interactive bash in tmux. Lesson and set ids are expected
 * as the course's files declare them; the optimizers as the README lists them.
 */
class ImageDocsIT {
  private static final List<String> OPTIMIZERS = List.of("gd", "momentum", "momentum-velocity", "heavy-ball",
      "nesterov", "adagrad", "adagrad-eps-inside", "rmsprop", "rmsprop-eps-inside", "adam", "adam-nobias", "adamw",
      "newton");
  private static final String COMMANDS = "learn list trace hessian validate key bench homework check grade completion";

  /**
   * Sources the script, finds the function that completes descent, and prints what it offers for the
   * words given (the last one being completed). compopt works only while readline completes, so it is
   * stubbed after sourcing.
   */
  private static final String DRIVE_COMPLETION = String.join("\n",
      "source \"$1\"; shift",
      "spec=$(complete -p descent) || exit 3",
      "fn=${spec#*-F }; fn=${fn%% *}",
      "compopt() { :; }",
      "COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()",
      "\"$fn\" descent \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"",
      "printf '%s\\n' \"${COMPREPLY[@]}\"");

  @TempDir static Path place;
  @TempDir Path work;

  private static Image image;

  @BeforeAll
  static void unpack() {
    image = Image.unpack(place);
  }

  /** The words bash offers for the command line {@code words} (the last one being completed). */
  private static List<String> complete(String... words) {
    List<String> command = new ArrayList<>(List.of("bash", "--norc", "--noprofile", "-c", DRIVE_COMPLETION, "bash",
        image.file("share/bash-completion/completions/descent").toString()));
    command.addAll(List.of(words));
    Ran ran = Ran.run(command, null, null, "");
    assertThat(ran.exit()).as(ran.err()).isZero();
    assertThat(ran.err()).isEmpty();
    return ran.out().lines().filter(l -> !l.isEmpty()).toList();
  }

  /** The ids the course's files in {@code folder} declare, in the order of their names. */
  private static List<String> ids(String folder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".schema.json")).sorted()
          .map(f -> {
            try {
              return json.readTree(f.toFile()).get("id").asText();
            } catch (IOException e) {
              throw new AssertionError(e);
            }
          }).toList();
    }
  }

  @Test
  void aCommandCompletesFromItsFirstLetters() {
    assertThat(complete("descent", "le")).containsExactly("learn");
    assertThat(complete("descent", "")).containsAll(List.of(COMMANDS.split(" ")));
  }

  @Test
  void learnCompletesTheLessonIds() throws IOException {
    assertThat(complete("descent", "learn", "")).containsExactlyElementsOf(ids("lessons"));
    assertThat(complete("descent", "learn", "mo")).containsExactly("momentum");
  }

  @Test
  void homeworkAndGradeCompleteTheExerciseSetIds() throws IOException {
    assertThat(complete("descent", "homework", "")).containsExactlyElementsOf(ids("exercises"));
    assertThat(complete("descent", "grade", "sg")).containsExactly("sgd-homework");
  }

  @Test
  void optionsAndTheirValuesComplete() {
    assertThat(complete("descent", "trace", "--opt")).containsExactly("--optimizer");
    assertThat(complete("descent", "trace", "--optimizer", "")).containsExactlyElementsOf(OPTIMIZERS);
    assertThat(complete("descent", "check", "--format", "")).containsExactly("text", "json");
    assertThat(complete("descent", "completion", "")).containsExactly("bash", "zsh");
  }

  @Test
  void theImagesScriptIsWhatDescentCompletionPrints() throws IOException {
    Ran printed = Image.run(image.file("bin/descent"), Image.cleanEnvironment(work), work, "", "completion", "bash");

    assertThat(printed.out()).isEqualTo(Files.readString(image.file("share/bash-completion/completions/descent")));
  }

  @Test
  void tabCompletesACommandAndAnAnswerFileInAnInteractiveBash() throws IOException {
    assertThat(Tmux.available()).as("tmux must be installed for this test (.ci/run installs it)").isTrue();
    Files.writeString(work.resolve("alice-sgd-homework.txt"), "set: sgd-homework\n");
    String bash = String.format("cd '%s' && env -i PATH='%s:/bin:/usr/bin' HOME='%s' TERM=xterm PS1='$ ' "
        + "bash --norc --noprofile", work, image.file("bin"), work);
    try (Tmux tmux = new Tmux(bash, 80, 24)) {
      tmux.type("source " + image.file("share/bash-completion/completions/descent") + "\n");
      tmux.type("descent le");
      tmux.keys("Tab");
      tmux.waitFor("$ descent learn", Duration.ofSeconds(10));
      tmux.keys("C-u");
      tmux.type("descent check ali");
      tmux.keys("Tab");
      tmux.waitFor("$ descent check alice-sgd-homework.txt", Duration.ofSeconds(10));
    }
  }

  @Test
  void theManualPageReadsWithManAndNamesEveryCommand() {
    Map<String, String> env = Image.cleanEnvironment(work);
    env.put("MANWIDTH", "80");
    Ran man = Ran.run(List.of("man", "-P", "cat", "-l", image.file("share/man/man1/descent.1").toString()), env,
        work, "");

    assertThat(man.exit()).as("man (from man-db; .ci/run installs it): " + man.err()).isZero();
    String text = man.out().replaceAll("\\s+", " ");
    assertThat(text).contains("NAME descent - a course in gradient descent and optimization, in the terminal.",
        "SYNOPSIS", "EXIT STATUS", "--optimizer=NAME", "DESCENT_LEARNER");
    for (String command : COMMANDS.split(" ")) {
      assertThat(text).contains("descent " + command + " [");
    }
  }

  @Test
  void theManualPageHasNoRoffWarnings() {
    Ran groff = Ran.run("groff", "-man", "-Tutf8", "-ww", "-z", image.file("share/man/man1/descent.1").toString());

    assertThat(groff.exit()).as(groff.err()).isZero();
    assertThat(groff.err()).isEmpty();
  }
}
