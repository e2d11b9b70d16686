package dev.descent.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code descent completion bash|zsh}: the script that completes descent's command lines in a shell. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a script that completes descent's commands, options, lesson ids and exercise-set ids "
        + "when you press Tab in bash or zsh.",
        "", "bash: add this line to ~/.bashrc:   source <(descent completion bash)",
        "zsh: add this line to ~/.zshrc:     source <(descent completion zsh)"},
    footer = {"", "zsh runs the bash script through its bashcompinit. The self-contained image also holds the "
        + "script as share/bash-completion/completions/descent: link it into "
        + "~/.local/share/bash-completion/completions/ and bash-completion loads it on the first Tab."})
final class CompletionCommand implements Callable<Integer> {
  /** The shells the script is for. */
  enum Shell { bash, zsh }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  /**
   * Appended to picocli's script: picocli's function turns bash's fallback to file names off, so an
   * answer file after {@code check} or a lesson file after {@code validate} would not complete; where
   * it offers nothing, file names are completed again, by readline in bash and by compgen in zsh
   * (whose {@code status} is read-only, hence {@code code}).
   */
  private static final String FILE_FALLBACK = String.join("\n",
      "",
      "# descent: where nothing above matches, file names are completed (answer files, lesson files).",
      "function _complete_descent_or_files() {",
      "  _complete_descent \"$@\"",
      "  local code=$?",
      "  if [ ${#COMPREPLY[@]} -eq 0 ]; then",
      "    if [ -n \"$BASH_VERSION\" ]; then compopt -o default",
      "    else COMPREPLY=( $(compgen -f -- \"${COMP_WORDS[COMP_CWORD]}\") ); fi",
      "  fi",
      "  return $code",
      "}",
      "complete -F _complete_descent_or_files -o default descent",
      "");

  @Override
  public Integer call() {
    String script = AutoComplete.bash("descent", spec.root().commandLine());
    PrintWriter out = spec.commandLine().getOut();
    out.print("# descent's completion for " + shell + ": source <(descent completion " + shell + ")\n");
    out.print(script);
    out.print(FILE_FALLBACK);
    out.flush();
    return Main.OK;
  }
}
