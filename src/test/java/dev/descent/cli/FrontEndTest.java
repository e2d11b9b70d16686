package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontEndTest {
  private static final Map<String, String> XTERM = Map.of("TERM", "xterm-256color");

  @Test
  void aCapableTerminalGetsTheTextUi() {
    assertThat(FrontEnd.choose(false, true, XTERM)).isEqualTo(FrontEnd.TEXT);
  }

  @Test
  void plainWhenAskedFor() {
    assertThat(FrontEnd.choose(true, true, XTERM)).isEqualTo(FrontEnd.PLAIN);
  }

  @Test
  void plainWhenInputOrOutputIsNotATerminal() {
    assertThat(FrontEnd.choose(false, false, XTERM)).isEqualTo(FrontEnd.PLAIN);
  }

  @Test
  void plainOnADumbTerminalOrWithoutTerm() {
    assertThat(FrontEnd.choose(false, true, Map.of("TERM", "dumb"))).isEqualTo(FrontEnd.PLAIN);
    assertThat(FrontEnd.choose(false, true, Map.of())).isEqualTo(FrontEnd.PLAIN);
  }

  @Test
  void noColorWithAnyNonEmptyValueTurnsColourOff() {
    assertThat(FrontEnd.colour(Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(FrontEnd.colour(Map.of("NO_COLOR", ""))).isTrue();
    assertThat(FrontEnd.colour(Map.of())).isTrue();
  }
}
