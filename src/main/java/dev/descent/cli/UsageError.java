package dev.descent.cli;

import dev.descent.lesson.Suggest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Says what is wrong with a command line in the learner's words: an unknown command or option by
 * name, with the closest one that exists ("did you mean …") or the list to choose from, and where
 * help is. picocli reports the first problem it meets, which may be a missing option when the real
 * slip is a misspelt one, so the line is read again here from the start.
 */
final class UsageError {
  /** What the line holds that descent does not know, and the command it was meant for. */
  record Finding(String message, CommandLine command) {}

  private UsageError() {}

  /** The unknown command or option on {@code args}, or null when every word is known. */
  static Finding find(CommandLine root, String[] args) {
    CommandLine cmd = root;
    boolean commandChosen = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        return null;
      }
      if (a.startsWith("-") && a.length() > 1) {
        String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
        OptionSpec option = cmd.getCommandSpec().findOption(name);
        if (option == null) {
          return new Finding(unknownOption(cmd, name), cmd);
        }
        if (!a.contains("=") && option.arity().max() > 0 && !option.typeInfo().isBoolean()) {
          i++;
        }
      } else if (!commandChosen && cmd.getSubcommands().containsKey(a)) {
        cmd = cmd.getSubcommands().get(a);
        commandChosen = true;
      } else if (cmd.getCommandSpec().positionalParameters().isEmpty()) {
        return new Finding(cmd == root ? unknownCommand(root, a) : "'" + cmd.getCommandSpec().qualifiedName()
            + "' takes no argument like '" + a + "'", cmd);
      }
    }
    return null;
  }

  private static String unknownCommand(CommandLine root, String typed) {
    List<String> names = new ArrayList<>(root.getSubcommands().keySet());
    String close = Suggest.closest(typed, names);
    return "unknown command '" + typed + "'" + (close != null ? "; did you mean '" + close + "'?"
        : ". The commands are " + String.join(", ", names) + ".");
  }

  private static String unknownOption(CommandLine cmd, String typed) {
    CommandSpec spec = cmd.getCommandSpec();
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      names.addAll(List.of(o.names()));
    }
    String close = Suggest.closest(typed, names);
    return "unknown option '" + typed + "' for '" + spec.qualifiedName() + "'"
        + (close != null ? "; did you mean '" + close + "'?" : "");
  }
}
