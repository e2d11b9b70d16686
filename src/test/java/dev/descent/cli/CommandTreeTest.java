package dev.descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The command tree is built for what the arguments ask: one subcommand when the first argument names
 * it, the whole tree otherwise, and always for the commands that read the whole tree.
 */
class CommandTreeTest {
  private static final Console CONSOLE = new Console(InputStream.nullInputStream(), false, Map.of());

  @Test
  void aNamedSubcommandIsBuiltAlone() {
    assertThat(DescentCommand.tree(CONSOLE, new String[] {"grade", "sgd-homework", "dir"}).getSubcommands())
        .containsOnlyKeys("grade");
  }

  @Test
  void anythingElseGetsEveryCommandInTheHelpsOrder() {
    for (String[] args : new String[][] {{}, {"--help"}, {"grad"}, {"--course", "x"}, {"completion", "bash"}}) {
      assertThat(DescentCommand.tree(CONSOLE, args).getSubcommands().keySet()).as(String.join(" ", args))
          .startsWith("learn", "list", "trace").contains("grade", "check", "completion", "report").hasSize(16);
    }
  }

  @Test
  void aMisspeltOptionOfALoneSubcommandIsStillNamedWithASuggestion() {
    Cli r = Cli.run("grade", "sgd-homework", ".", "--csvv", "x.csv");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--csvv", "did you mean '--csv'?");
  }
}
