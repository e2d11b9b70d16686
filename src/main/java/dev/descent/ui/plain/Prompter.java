package dev.descent.ui.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Prints lines and prompts, and reads the learner's lines; the end of input reads as empty. */
final class Prompter {
  private final BufferedReader in;
  private final PrintWriter out;
  private java.util.List<String> guide = java.util.List.of();

  Prompter(BufferedReader in, PrintWriter out) {
    this.in = in;
    this.out = out;
  }

  void say(String line) {
    out.println(line);
  }

  void blank() {
    out.println();
  }

  /** Shows {@code prompt} and reads a line, or empty at the end of input. */
  Optional<String> ask(String prompt) {
    out.print(prompt);
    out.flush();
    try {
      String line = in.readLine();
      if (line == null) {
        out.println();
        return Optional.empty();
      }
      return Optional.of(line);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read standard input", e);
    }
  }

  /** Sets what {@link #commands} says first: how plain mode works, for this learner. */
  void guide(java.util.List<String> lines) {
    guide = java.util.List.copyOf(lines);
  }

  /** How plain mode works, then every command with its meaning, one per line. */
  void commands() {
    for (String line : guide) {
      say(line);
    }
    say("Commands, typed alone on a line:");
    for (Command c : Command.values()) {
      say("  " + c.typed() + "  " + c.meaning());
    }
  }

  void flush() {
    out.flush();
  }
}
