package dev.descent.ui.plain;

import java.util.Locale;
import java.util.Optional;

/** A command typed alone on a line in plain mode, such as {@code :hint}. */
enum Command {
  NEXT("next", "go on: the next page, or skip this question"),
  BACK("back", "the previous page"),
  HINT("hint", "the next hint for this question"),
  SOLUTION("solution", "the worked solution, after one attempt"),
  BREAK("break", "break the question down: the quantities on the way to its answer, one at a time"),
  LESSONS("lessons", "back to the list of lessons"),
  HELP("help", "this list"),
  QUIT("quit", "save and quit");

  private final String word;
  private final String meaning;

  Command(String word, String meaning) {
    this.word = word;
    this.meaning = meaning;
  }

  /** The command as typed, with its colon. */
  String typed() {
    return ":" + word;
  }

  String meaning() {
    return meaning;
  }

  /** The command on this line, or empty when the line is an answer; {@code :q} also quits. */
  static Optional<Command> parse(String line) {
    String t = line.strip().toLowerCase(Locale.ROOT);
    if (!t.startsWith(":")) {
      return Optional.empty();
    }
    if (t.equals(":q")) {
      return Optional.of(QUIT);
    }
    for (Command c : values()) {
      if (t.equals(c.typed())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** True when the line starts with a colon but names no command. */
  static boolean looksLikeCommand(String line) {
    return line.strip().startsWith(":") && parse(line).isEmpty();
  }
}
