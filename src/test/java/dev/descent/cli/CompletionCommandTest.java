package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code descent completion}: a script for bash or zsh, and a clear refusal of any other shell. */
class CompletionCommandTest {
  @Test
  void bashGetsAScriptThatRegistersItsFunctionForDescent() {
    Cli r = Cli.run("completion", "bash");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("complete -F _complete_descent_or_files -o default descent");
  }

  @Test
  void theScriptOffersTheBuiltInCoursesLessonAndSetIds() {
    Cli r = Cli.run("completion", "bash");

    // Lesson 1 and the SGD homework, as lessons/01-update-rule.json and exercises/03-sgd-homework.json name them.
    assertThat(r.out()).contains("\"update-rule\"", "\"sgd-homework\"");
  }

  @Test
  void zshGetsTheScriptThatTurnsOnBashCompletionInZsh() {
    Cli r = Cli.run("completion", "zsh");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("bashcompinit");
  }

  @Test
  void anotherShellIsBadUsageThatNamesTheShellsThereAre() {
    Cli r = Cli.run("completion", "fish");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("fish", "bash", "zsh");
  }
}
