package dev.descent.ui.plain;

import dev.descent.render.Cells;
import dev.descent.render.Paragraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Prints lines and prompts, and reads the learner's lines; the end of input reads as empty. On a
 * terminal, prose is wrapped at word boundaries to the terminal's width (formulas kept whole); for a
 * pipe or a screen reader ({@code width} 0) every line is printed whole.
 */
final class Prompter {
  private final BufferedReader in;
  private final PrintWriter out;
  private final int width;
  private java.util.List<String> guide = java.util.List.of();

  Prompter(BufferedReader in, PrintWriter out, int width) {
    this.in = in;
    this.out = out;
    this.width = width;
  }

  /** The width prose is wrapped to, or 0 for whole lines. */
  int width() {
    return width;
  }

  /** Prints prose, wrapped to the width with its indent kept when there is one. */
  void say(String line) {
    if (width <= 0 || Cells.width(line) <= width) {
      out.println(line);
      return;
    }
    int indent = line.length() - line.stripLeading().length();
    for (String l : Paragraph.indented(line.strip(), Math.min(indent, width / 2), width)) {
      out.println(l);
    }
  }

  /** Prints a line as it is: a formula, a table row or a line of a figure. */
  void verbatim(String line) {
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
