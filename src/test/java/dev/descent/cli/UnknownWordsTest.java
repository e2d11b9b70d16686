package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An unknown command or option is named as such, with the closest real one and where help is; exit 2. */
class UnknownWordsTest {

  @Test
  void anUnknownCommandIsCalledThatAndTheCommandsAreListed() {
    Cli c = Cli.run("bogus");
    assertThat(c.exit()).isEqualTo(Main.USAGE);
    assertThat(c.err()).startsWith("descent: unknown command 'bogus'. The commands are learn, list, trace,")
        .contains("Try 'descent --help'").doesNotContain("Unmatched argument");
  }

  @Test
  void aMisspeltCommandGetsTheClosestOne() {
    Cli c = Cli.run("lsit");
    assertThat(c.exit()).isEqualTo(Main.USAGE);
    assertThat(c.err()).startsWith("descent: unknown command 'lsit'; did you mean 'list'?");
  }

  @Test
  void anUnknownOptionOfASubcommandIsNamedEvenWhenRequiredOptionsAreMissing() {
    Cli c = Cli.run("trace", "--stpes=3");
    assertThat(c.exit()).isEqualTo(Main.USAGE);
    assertThat(c.err()).startsWith("descent: unknown option '--stpes' for 'descent trace'; did you mean '--steps'?")
        .contains("Try 'descent trace --help' for the options.");
  }

  @Test
  void optionValuesAreNotTakenForCommands() {
    Cli c = Cli.run("--learner", "lsit", "grade2");
    assertThat(c.err()).startsWith("descent: unknown command 'grade2'; did you mean 'grade'?");
  }

  @Test
  void aStrayArgumentOfACommandThatTakesNoneIsNamed() {
    Cli c = Cli.run("list", "extra");
    assertThat(c.exit()).isEqualTo(Main.USAGE);
    assertThat(c.err()).startsWith("descent: 'descent list' takes no argument like 'extra'");
  }
}
