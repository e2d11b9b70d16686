package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descent.render.Cells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --help is wrapped by descent's one wrapper: no path or file:line:column split, nothing past 80 columns. */
class HelpLayoutTest {

  @ParameterizedTest
  @ValueSource(strings = {"--help", "learn --help", "list --help", "trace --help", "validate --help", "grade --help"})
  void helpKeepsPathsWholeAndFitsEightyColumns(String line) {
    Cli c = Cli.run(line.split(" "));
    assertThat(c.exit()).isZero();
    for (String l : c.out().split("\\R")) {
      assertThat(Cells.width(l)).as(l).isLessThanOrEqualTo(HelpLayout.WIDTH);
      assertThat(l.stripTrailing()).as("a line ending in the middle of a path").doesNotEndWith("~/.");
    }
  }

  @Test
  void theDataFolderAndTheDiagnosticFormReadWhole() {
    assertThat(Cli.run("--help").out()).contains("~/.local/share/descent").contains("file:line:column: message")
        .contains("      --data-dir=DIR     Where progress is saved")
        // the command column is as wide as the longest command name ("completion" since issue 18)
        .containsPattern("(?m)^  learn +Open a lesson");
  }
}
