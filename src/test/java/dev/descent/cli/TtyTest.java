package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Under the test runner standard input and output are pipes, so they are no terminal, as the JDK's console says. */
class TtyTest {
  @Test
  void agreesWithTheJdkConsole() {
    assertThat(Tty.interactive()).isEqualTo(System.console() != null);
  }
}
