package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The manual page's roff: text that roff would read as requests or escapes is written so it shows as typed. */
class ManPageTest {
  private static String page() {
    return ManPage.page(DescentCommand.tree(new Console(InputStream.nullInputStream(), false, Map.of()))
        .getCommandSpec());
  }

  @Test
  void aLineStartingWithADotOrAQuoteIsGuarded() {
    assertThat(ManPage.roff(".SH not a heading")).isEqualTo("\\&.SH not a heading");
    assertThat(ManPage.roff("'br")).isEqualTo("\\&'br");
  }

  @Test
  void backslashesMinusSignsAndCharactersBeyondAsciiAreEscaped() {
    assertThat(ManPage.roff("a\\b --plain η")).isEqualTo("a\\eb \\-\\-plain \\[u03B7]");
  }

  @Test
  void controlCharactersNeverReachThePage() {
    assertThat(ManPage.roff("a\u001b[31mb\nc")).isEqualTo("a [31mb c");
  }

  @Test
  void everyCommandHasItsSectionAndEveryOptionIsNamed() {
    String page = page();

    assertThat(page).startsWith(".TH DESCENT 1 ");
    for (String command : new String[] {"learn", "list", "trace", "hessian", "validate", "key", "homework", "check",
        "grade", "completion"}) {
      assertThat(page).contains(".SS \"descent " + command + "\"");
    }
    assertThat(page).contains("\\fB\\-\\-optimizer\\fR=\\fINAME\\fR", "\\fB\\-\\-student\\fR=\\fIID\\fR");
  }
}
